package org.cairncrm.platform.people.internal;

import org.cairncrm.platform.people.GrantData;
import java.net.URI;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.cairncrm.platform.api.CairnModule;
import org.cairncrm.platform.api.error.ValidationException;
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

@Path("/grants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "people")
@Component(service = RestResource.class, property = CairnModule.MODULE_PROPERTY + "=people")
public class GrantResource implements RestResource {

    private final RoleRegister roles;

    @Activate
    public GrantResource(@Reference RoleRegister roles) {
        this.roles = roles;
    }

    @GET
    @RequiresPermission(PeoplePermissions.ROLE_READ)
    @Operation(summary = "Grants, optionally of one role, account or group (people.role.read)")
    public Page<GrantData> list(@QueryParam("page") String page, @QueryParam("size") String size,
                                @Parameter(description = "only grants of this role") @QueryParam("roleId")
                                String roleId,
                                @Parameter(description = "only grants to this account") @QueryParam("accountId")
                                String accountId,
                                @Parameter(description = "only grants to this group") @QueryParam("groupId")
                                String groupId) {
        return roles.grants(PageRequest.parse(page, size, null, null, null), id("roleId", roleId),
                id("accountId", accountId), id("groupId", groupId));
    }

    @POST
    @RequiresPermission(PeoplePermissions.ROLE_MANAGE)
    @Operation(summary = "Grant a role to an account or a group (people.role.manage); 409 when already granted")
    public Response grant(GrantData data) {
        GrantData created = roles.grant(RestResource.requireBody(data, "a grant"));
        return Response.created(URI.create("grants/" + created.id())).entity(created).build();
    }

    @DELETE
    @Path("{id}")
    @RequiresPermission(PeoplePermissions.ROLE_MANAGE)
    @Operation(summary = "Withdraw a grant (people.role.manage); the last admin grant stays (409)")
    public Response revoke(@PathParam("id") long id) {
        roles.revoke(id);
        return Response.noContent().build();
    }

    private static Long id(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw ValidationException.of(field, "must be a record id (a whole number)");
        }
    }
}
