package org.cairncrm.platform.people.internal;

import org.cairncrm.platform.people.NewAccount;
import org.cairncrm.platform.people.AccountData;
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

@Path("/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "people")
@Component(service = RestResource.class, property = CairnModule.MODULE_PROPERTY + "=people")
public class AccountResource implements RestResource {

    private final AccountDirectory accounts;

    @Activate
    public AccountResource(@Reference AccountDirectory accounts) {
        this.accounts = accounts;
    }

    @GET
    @RequiresPermission(PeoplePermissions.ACCOUNT_READ)
    @Operation(summary = "A page of accounts (people.account.read)")
    public Page<AccountData> list(@Parameter(description = "page number, from 0") @QueryParam("page") String page,
                                  @QueryParam("size") String size, @QueryParam("sort") String sort,
                                  @QueryParam("filter") List<String> filter,
                                  @Parameter(description = "quick search in the login") @QueryParam("q") String q) {
        return accounts.list(PageRequest.parse(page, size, sort, filter, q));
    }

    @GET
    @Path("{id}")
    @RequiresPermission(PeoplePermissions.ACCOUNT_READ)
    @Operation(summary = "One account (people.account.read)")
    public AccountData get(@PathParam("id") long id) {
        return accounts.get(id);
    }

    @POST
    @RequiresPermission(PeoplePermissions.ACCOUNT_MANAGE)
    @Operation(summary = "Add an account to an employee (people.account.manage); the owner must change the "
            + "password at the first sign-in")
    public Response create(NewAccount request) {
        AccountData created = accounts.add(RestResource.requireBody(request, "an account"));
        return Response.created(URI.create("accounts/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}/password")
    @RequiresPermission(PeoplePermissions.ACCOUNT_MANAGE)
    @Operation(summary = "Set a new password (people.account.manage); the owner must change it at the next "
            + "sign-in, and sign-ins made with the old one stop working")
    public Response setPassword(@PathParam("id") long id, NewPassword request) {
        RestResource.requireBody(request, "a password");
        if (request.password() == null) {
            throw org.cairncrm.platform.api.error.ValidationException.of("password", "must not be empty");
        }
        accounts.setPassword(accounts.loginOf(id), request.password().toCharArray(), true);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/lock")
    @RequiresPermission(PeoplePermissions.ACCOUNT_MANAGE)
    @Operation(summary = "Lock the account (people.account.manage): no sign-in, no token works")
    public AccountData lock(@PathParam("id") long id) {
        accounts.lock(accounts.loginOf(id));
        return accounts.get(id);
    }

    @POST
    @Path("{id}/unlock")
    @RequiresPermission(PeoplePermissions.ACCOUNT_MANAGE)
    @Operation(summary = "Unlock the account and clear a lockout after wrong passwords (people.account.manage)")
    public AccountData unlock(@PathParam("id") long id) {
        accounts.unlock(accounts.loginOf(id));
        return accounts.get(id);
    }

    @DELETE
    @Path("{id}")
    @RequiresPermission(PeoplePermissions.ACCOUNT_MANAGE)
    @Operation(summary = "Delete the account with its grants and tokens (people.account.manage); its history stays")
    public Response delete(@PathParam("id") long id) {
        accounts.delete(id);
        return Response.noContent().build();
    }
}
