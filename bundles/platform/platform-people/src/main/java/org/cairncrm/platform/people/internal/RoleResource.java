package org.cairncrm.platform.people.internal;

import org.cairncrm.platform.people.RoleData;
import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.cairncrm.platform.api.CairnModule;
import org.cairncrm.platform.api.paging.Page;
import org.cairncrm.platform.api.paging.PageRequest;
import org.cairncrm.platform.api.rest.RequiresPermission;
import org.cairncrm.platform.api.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@Path("/roles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "people")
@Component(service = RestResource.class, property = CairnModule.MODULE_PROPERTY + "=people")
public class RoleResource implements RestResource {

    private final RoleRegister roles;

    @Activate
    public RoleResource(@Reference RoleRegister roles) {
        this.roles = roles;
    }

    @GET
    @RequiresPermission(PeoplePermissions.ROLE_READ)
    @Operation(summary = "A page of roles (people.role.read)")
    public Page<RoleData> list(@Parameter(description = "page number, from 0") @QueryParam("page") String page,
                                   @Parameter(description = "rows per page, 1 to 500, default 25")
                                   @QueryParam("size") String size,
                                   @Parameter(description = "fields, '-' for descending: name,label")
                                   @QueryParam("sort") String sort,
                                   @Parameter(description = "field:op:value, e.g. name:like:sales")
                                   @QueryParam("filter") List<String> filter,
                                   @Parameter(description = "quick search in name and label")
                                   @QueryParam("q") String q) {
        return roles.list(PageRequest.parse(page, size, sort, filter, q));
    }

    @GET
    @Path("{id}")
    @RequiresPermission(PeoplePermissions.ROLE_READ)
    @Operation(summary = "One role (people.role.read)")
    public RoleData get(@PathParam("id") long id) {
        return roles.get(id);
    }

    @POST
    @RequiresPermission(PeoplePermissions.ROLE_MANAGE)
    @Operation(summary = "Add a role (people.role.manage); answers 201 with its address")
    public Response create(RoleData data) {
        RoleData created = roles.create(RestResource.requireBody(data, "a role"));
        return Response.created(URI.create("roles/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @RequiresPermission(PeoplePermissions.ROLE_MANAGE)
    @Operation(summary = "Change a role: its keys, scopes and lines (people.role.manage); the body's version must be the one read")
    public RoleData update(@PathParam("id") long id, RoleData data) {
        return roles.update(id, RestResource.requireBody(data, "a role"));
    }

    @DELETE
    @Path("{id}")
    @RequiresPermission(PeoplePermissions.ROLE_MANAGE)
    @Operation(summary = "Delete a role and its grants (people.role.manage)")
    public Response delete(@PathParam("id") long id) {
        roles.delete(id);
        return Response.noContent().build();
    }
}
