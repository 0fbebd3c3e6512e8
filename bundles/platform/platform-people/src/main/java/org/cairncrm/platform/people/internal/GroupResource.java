package org.cairncrm.platform.people.internal;

import org.cairncrm.platform.people.GroupData;
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

@Path("/groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "people")
@Component(service = RestResource.class, property = CairnModule.MODULE_PROPERTY + "=people")
public class GroupResource implements RestResource {

    private final GroupRegister groups;

    @Activate
    public GroupResource(@Reference GroupRegister groups) {
        this.groups = groups;
    }

    @GET
    @RequiresPermission(PeoplePermissions.GROUP_READ)
    @Operation(summary = "A page of employee groups (people.group.read)")
    public Page<GroupData> list(@Parameter(description = "page number, from 0") @QueryParam("page") String page,
                                   @Parameter(description = "rows per page, 1 to 500, default 25")
                                   @QueryParam("size") String size,
                                   @Parameter(description = "fields, '-' for descending: name,kind")
                                   @QueryParam("sort") String sort,
                                   @Parameter(description = "field:op:value, e.g. kind:eq:TEAM")
                                   @QueryParam("filter") List<String> filter,
                                   @Parameter(description = "quick search in name and description")
                                   @QueryParam("q") String q) {
        return groups.list(PageRequest.parse(page, size, sort, filter, q));
    }

    @GET
    @Path("{id}")
    @RequiresPermission(PeoplePermissions.GROUP_READ)
    @Operation(summary = "One employee group (people.group.read)")
    public GroupData get(@PathParam("id") long id) {
        return groups.get(id);
    }

    @POST
    @RequiresPermission(PeoplePermissions.GROUP_MANAGE)
    @Operation(summary = "Add an employee group (people.group.manage); answers 201 with its address")
    public Response create(GroupData data) {
        GroupData created = groups.create(RestResource.requireBody(data, "a group"));
        return Response.created(URI.create("groups/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @RequiresPermission(PeoplePermissions.GROUP_MANAGE)
    @Operation(summary = "Change an employee group (people.group.manage); the body's version must be the one read")
    public GroupData update(@PathParam("id") long id, GroupData data) {
        return groups.update(id, RestResource.requireBody(data, "a group"));
    }

    @DELETE
    @Path("{id}")
    @RequiresPermission(PeoplePermissions.GROUP_MANAGE)
    @Operation(summary = "Delete an employee group and the roles granted through it (people.group.manage)")
    public Response delete(@PathParam("id") long id) {
        groups.delete(id);
        return Response.noContent().build();
    }
}
