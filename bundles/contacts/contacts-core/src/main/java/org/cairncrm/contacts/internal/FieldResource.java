package org.cairncrm.contacts.internal;

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

import org.cairncrm.contacts.Companies;
import org.cairncrm.contacts.CustomFields;
import org.cairncrm.contacts.FieldDefinition;
import org.cairncrm.contacts.FieldTarget;
import org.cairncrm.contacts.Representatives;
import org.cairncrm.platform.api.CairnModule;
import org.cairncrm.platform.api.error.ValidationException;
import org.cairncrm.platform.api.rest.RequiresPermission;
import org.cairncrm.platform.api.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@Path("/fields")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "contacts")
@Component(service = RestResource.class, property = CairnModule.MODULE_PROPERTY + "=contacts")
public class FieldResource implements RestResource {

    private final CustomFields fields;

    @Activate
    public FieldResource(@Reference CustomFields fields) {
        this.fields = fields;
    }

    @GET
    @RequiresPermission({Companies.READ, Representatives.READ, CustomFields.MANAGE})
    @Operation(summary = "The custom fields of company or representative cards")
    public List<FieldDefinition> list(@Parameter(description = "COMPANY or REPRESENTATIVE")
                                      @QueryParam("target") String target) {
        return fields.definitions(target(target));
    }

    @POST
    @RequiresPermission(CustomFields.MANAGE)
    @Operation(summary = "Add a custom field for all records, a group's members or one record "
            + "(contacts.field.manage)")
    public Response define(FieldDefinition field) {
        FieldDefinition created = fields.define(RestResource.requireBody(field, "a field"));
        return Response.created(URI.create("fields/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @RequiresPermission(CustomFields.MANAGE)
    @Operation(summary = "Change a field's label, options, scope or order (contacts.field.manage)")
    public FieldDefinition redefine(@PathParam("id") long id, FieldDefinition field) {
        return fields.redefine(id, RestResource.requireBody(field, "a field"));
    }

    @DELETE
    @Path("{id}")
    @RequiresPermission(CustomFields.MANAGE)
    @Operation(summary = "Remove a field and all its values (contacts.field.manage)")
    public Response remove(@PathParam("id") long id) {
        fields.remove(id);
        return Response.noContent().build();
    }

    static FieldTarget target(String target) {
        try {
            return FieldTarget.valueOf(target == null ? "" : target.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException wrong) {
            throw ValidationException.of("target", "must be COMPANY or REPRESENTATIVE");
        }
    }
}
