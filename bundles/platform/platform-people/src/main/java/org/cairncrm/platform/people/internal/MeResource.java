package org.cairncrm.platform.people.internal;

import org.cairncrm.platform.people.EmployeeData;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.cairncrm.platform.api.CairnModule;
import org.cairncrm.platform.api.access.Access;
import org.cairncrm.platform.api.access.Identity;
import org.cairncrm.platform.api.error.ValidationException;
import org.cairncrm.platform.api.rest.RequiresSignIn;
import org.cairncrm.platform.api.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The signed-in caller: who they are, what they may do, and their own password. */
@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "people")
@Component(service = RestResource.class, property = CairnModule.MODULE_PROPERTY + "=people")
public class MeResource implements RestResource {

    @Schema(name = "Me")
    public record Me(String login, long employeeId, String name,
                     @Schema(description = "true until the first password is replaced: until then only GET /me "
                             + "and PUT /me/password work") boolean mustChangePassword,
                     List<String> roles, Set<String> permissions, Set<String> linesOfBusiness) {
    }

    private final EmployeeRegister employees;
    private final AccountDirectory accounts;

    @Activate
    public MeResource(@Reference EmployeeRegister employees, @Reference AccountDirectory accounts) {
        this.employees = employees;
        this.accounts = accounts;
    }

    @GET
    @RequiresSignIn(beforePasswordChange = true)
    @Operation(summary = "Who is signed in, with roles and permission keys (signed in)")
    public Me me() {
        Identity identity = Access.signedIn();
        EmployeeData employee = employees.get(identity.employeeId());
        List<String> roles = identity instanceof PeopleIdentity p
                ? p.roles().stream().map(PeopleIdentity.RoleRights::name).sorted().toList() : List.of();
        return new Me(identity.login(), identity.employeeId(), employee.fullName(),
                identity.mustChangePassword(), roles, new TreeSet<>(identity.permissions()),
                new TreeSet<>(identity.linesOfBusiness()));
    }

    @PUT
    @Path("password")
    @RequiresSignIn(beforePasswordChange = true)
    @Operation(summary = "Change your own password (signed in); the current one must be right. Answers 204; "
            + "every sign-in made with the old password stops working")
    public Response changePassword(PasswordChange change) {
        RestResource.requireBody(change, "the current and the new password");
        ValidationException.collect()
                .check(change.currentPassword() == null, "currentPassword", "must not be empty")
                .check(change.newPassword() == null, "newPassword", "must not be empty")
                .throwIfAny();
        accounts.changeOwnPassword(Access.signedIn().login(), change.currentPassword().toCharArray(),
                change.newPassword().toCharArray());
        return Response.noContent().build();
    }
}
