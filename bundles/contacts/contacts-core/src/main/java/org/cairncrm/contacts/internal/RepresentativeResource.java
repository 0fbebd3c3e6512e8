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

import org.cairncrm.contacts.ContactGroupData;
import org.cairncrm.contacts.DeletionRequestData;
import org.cairncrm.contacts.DeletionState;
import org.cairncrm.contacts.Deletions;
import org.cairncrm.contacts.ContactGroups;
import org.cairncrm.contacts.GroupKind;
import org.cairncrm.contacts.RepresentativeData;
import org.cairncrm.contacts.Representatives;
import org.cairncrm.platform.api.CairnModule;
import org.cairncrm.platform.api.RecordRef;
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

@Path("/representatives")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "contacts")
@Component(service = RestResource.class, property = CairnModule.MODULE_PROPERTY + "=contacts")
public class RepresentativeResource implements RestResource {

    private final Representatives representatives;
    private final ContactGroups groups;
    private final Deletions deletions;
    private final org.cairncrm.contacts.CustomFields fields;

    @Activate
    public RepresentativeResource(@Reference Representatives representatives, @Reference ContactGroups groups,
                                  @Reference Deletions deletions,
                                  @Reference org.cairncrm.contacts.CustomFields fields) {
        this.deletions = deletions;
        this.fields = fields;
        this.representatives = representatives;
        this.groups = groups;
    }

    @GET
    @RequiresPermission(Representatives.READ)
    @Operation(summary = "A page of the representatives you may see (contacts.representative.read)")
    public Page<RepresentativeData> list(@QueryParam("page") String page, @QueryParam("size") String size,
                                         @QueryParam("sort") String sort,
                                         @Parameter(description = "field:op:value on "
                                                 + Representatives.FILTER_FIELDS
                                                 + ", or company:eq:<id>, group:eq:<id>")
                                         @QueryParam("filter") List<String> filter,
                                         @Parameter(description = "quick search: names, phones, e-mails, companies; "
                                                 + "case and diacritics ignored") @QueryParam("q") String q) {
        return representatives.list(PageRequest.parse(page, size, sort, filter, q));
    }

    @GET
    @Path("export.vcf")
    @Produces("text/vcard")
    @RequiresPermission(Representatives.READ)
    @Operation(summary = "The representatives you may see that match (the list's q, filter, sort) as vCard 3.0 for "
            + "Google Contacts and Outlook (or 4.0 with version=4.0, Thunderbird's own), at most 100,000 "
            + "(contacts.representative.read)")
    public Response exportVCards(@QueryParam("sort") String sort, @QueryParam("filter") List<String> filter,
                                 @QueryParam("q") String q,
                                 @io.swagger.v3.oas.annotations.Parameter(description = "3.0 (default) or 4.0") @QueryParam("version")
                                 String version) {
        byte[] cards = representatives.exportVCards(PageRequest.parse(null, null, sort, filter, q), version);
        return Response.ok(cards, "text/vcard; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"representatives.vcf\"").build();
    }

    @GET
    @Path("{id}")
    @RequiresPermission(Representatives.READ)
    @Operation(summary = "One representative with their employments (contacts.representative.read)")
    public RepresentativeData get(@PathParam("id") long id) {
        return representatives.get(id);
    }

    @POST
    @RequiresPermission(Representatives.CREATE)
    @Operation(summary = "Add a representative, with where they work (contacts.representative.create)")
    public Response create(RepresentativeData data) {
        RepresentativeData created = representatives.create(RestResource.requireBody(data, "a representative"));
        return Response.created(URI.create("representatives/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @RequiresPermission(Representatives.UPDATE)
    @Operation(summary = "Change a representative; the employments sent replace the stored ones "
            + "(contacts.representative.update)")
    public RepresentativeData update(@PathParam("id") long id, RepresentativeData data) {
        return representatives.update(id, RestResource.requireBody(data, "a representative"));
    }

    @DELETE
    @Path("{id}")
    @RequiresPermission({Representatives.DELETE, Deletions.APPROVE})
    @Operation(summary = "Delete: with contacts.deletion.approve the representative is archived at once (200), else a "
            + "deletion request waits for a manager (202); either way the answer is the request "
            + "(contacts.representative.delete)")
    public Response delete(@PathParam("id") long id,
                           @Parameter(description = "why, for the approver") @QueryParam("reason") String reason) {
        DeletionRequestData request = deletions.delete(RecordRef.named(Representatives.TYPE, id), reason);
        return Response.status(request.state() == DeletionState.PENDING ? 202 : 200).entity(request).build();
    }

    @POST
    @Path("{id}/restore")
    @RequiresPermission(Deletions.APPROVE)
    @Operation(summary = "Bring an archived representative back (contacts.deletion.approve)")
    public Response restore(@PathParam("id") long id) {
        deletions.restore(RecordRef.named(Representatives.TYPE, id));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/purge")
    @RequiresPermission(Deletions.PURGE)
    @Operation(summary = "Remove an archived representative for good; 409 while anything refers to it (contacts.purge)")
    public Response purge(@PathParam("id") long id) {
        deletions.purge(RecordRef.named(Representatives.TYPE, id));
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/fields")
    @RequiresPermission(Representatives.READ)
    @Operation(summary = "The custom field values, by field name")
    public java.util.Map<String, Object> fieldValues(@PathParam("id") long id) {
        return fields.values(org.cairncrm.contacts.FieldTarget.REPRESENTATIVE, id);
    }

    @GET
    @Path("{id}/fields/definitions")
    @RequiresPermission(Representatives.READ)
    @Operation(summary = "The custom fields that apply to this record (for all, its groups', its own)")
    public List<org.cairncrm.contacts.FieldDefinition> fieldDefinitions(@PathParam("id") long id) {
        return fields.applicable(org.cairncrm.contacts.FieldTarget.REPRESENTATIVE, id);
    }

    @PUT
    @Path("{id}/fields")
    @RequiresPermission(Representatives.UPDATE)
    @Operation(summary = "Set custom field values (null clears one; those not sent stay); errors name "
            + "fields.<name>")
    public java.util.Map<String, Object> setFieldValues(@PathParam("id") long id,
                                                       java.util.Map<String, Object> values) {
        return fields.setValues(org.cairncrm.contacts.FieldTarget.REPRESENTATIVE, id,
                RestResource.requireBody(values, "field values"));
    }

    @GET
    @Path("{id}/groups")
    @RequiresPermission(ContactGroups.READ)
    @Operation(summary = "The groups the representative is in (contacts.group.read)")
    public List<ContactGroupData> groups(@PathParam("id") long id) {
        representatives.get(id);
        return groups.groupsOf(GroupKind.REPRESENTATIVES, id);
    }
}
