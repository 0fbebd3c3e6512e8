package org.cairncrm.platform.people.internal;

import org.cairncrm.platform.people.EmployeeData;
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

@Path("/employees")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "people", description = "Employees, accounts, groups, roles, grants, tokens and settings")
@Component(service = RestResource.class, property = CairnModule.MODULE_PROPERTY + "=people")
public class EmployeeResource implements RestResource {

    private final EmployeeRegister employees;

    @Activate
    public EmployeeResource(@Reference EmployeeRegister employees) {
        this.employees = employees;
    }

    @GET
    @RequiresPermission(PeoplePermissions.EMPLOYEE_READ)
    @Operation(summary = "A page of employees (people.employee.read)")
    public Page<EmployeeData> list(@Parameter(description = "page number, from 0") @QueryParam("page") String page,
                                   @Parameter(description = "rows per page, 1 to 500, default 25")
                                   @QueryParam("size") String size,
                                   @Parameter(description = "fields, '-' for descending: lastName,-birthday")
                                   @QueryParam("sort") String sort,
                                   @Parameter(description = "field:op:value, e.g. active:eq:true")
                                   @QueryParam("filter") List<String> filter,
                                   @Parameter(description = "quick search in names, e-mail, department, position")
                                   @QueryParam("q") String q) {
        return employees.list(PageRequest.parse(page, size, sort, filter, q));
    }

    @GET
    @Path("{id}")
    @RequiresPermission(PeoplePermissions.EMPLOYEE_READ)
    @Operation(summary = "One employee (people.employee.read)")
    public EmployeeData get(@PathParam("id") long id) {
        return employees.get(id);
    }

    @POST
    @RequiresPermission(PeoplePermissions.EMPLOYEE_WRITE)
    @Operation(summary = "Add an employee (people.employee.write); answers 201 with its address")
    public Response create(EmployeeData data) {
        EmployeeData created = employees.create(RestResource.requireBody(data, "an employee"));
        return Response.created(URI.create("employees/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @RequiresPermission(PeoplePermissions.EMPLOYEE_WRITE)
    @Operation(summary = "Change an employee (people.employee.write); the body's version must be the one read")
    public EmployeeData update(@PathParam("id") long id, EmployeeData data) {
        return employees.update(id, RestResource.requireBody(data, "an employee"));
    }

    @DELETE
    @Path("{id}")
    @RequiresPermission(PeoplePermissions.EMPLOYEE_DELETE)
    @Operation(summary = "Delete an employee without accounts (people.employee.delete); else 409")
    public Response delete(@PathParam("id") long id) {
        employees.delete(id);
        return Response.noContent().build();
    }
}
