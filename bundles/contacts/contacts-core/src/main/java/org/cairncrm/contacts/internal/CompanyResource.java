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
import org.cairncrm.contacts.CompanyData;
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
import org.cairncrm.platform.api.paging.Filter;
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

@Path("/companies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "contacts", description = "Companies, representatives, groups and dictionaries")
@Component(service = RestResource.class, property = CairnModule.MODULE_PROPERTY + "=contacts")
public class CompanyResource implements RestResource {

    private final Companies companies;
    private final Representatives representatives;
    private final ContactGroups groups;
    private final Deletions deletions;
    private final org.cairncrm.contacts.CustomFields fields;

    @Activate
    public CompanyResource(@Reference Companies companies, @Reference Representatives representatives,
                           @Reference ContactGroups groups, @Reference Deletions deletions,
                           @Reference org.cairncrm.contacts.CustomFields fields) {
        this.deletions = deletions;
        this.fields = fields;
        this.companies = companies;
        this.representatives = representatives;
        this.groups = groups;
    }

    @GET
    @RequiresPermission(Companies.READ)
    @Operation(summary = "A page of the companies you may see (contacts.company.read)")
    public Page<CompanyData> list(@Parameter(description = "page number, from 0") @QueryParam("page") String page,
                                  @Parameter(description = "rows per page, 1 to 500, default 25")
                                  @QueryParam("size") String size,
                                  @Parameter(description = "fields, '-' for descending: name,-modifiedAt")
                                  @QueryParam("sort") String sort,
                                  @Parameter(description = "field:op:value on " + Companies.FILTER_FIELDS
                                          + ", or group:eq:<id>") @QueryParam("filter") List<String> filter,
                                  @Parameter(description = "quick search: name, code, city, area, phone, e-mail, tax "
                                          + "id; case and diacritics ignored") @QueryParam("q") String q) {
        return companies.list(PageRequest.parse(page, size, sort, filter, q));
    }

    @GET
    @Path("export")
    @Produces({"text/csv", org.cairncrm.platform.api.sheets.Sheets.XLSX})
    @RequiresPermission(Companies.EXPORT)
    @Operation(summary = "The companies you may see that match (the list's q, filter and sort), as CSV for "
            + "spreadsheets or, with format=xlsx, as an Excel workbook; the import's column names, then one column "
            + "per custom field; at most 100,000 (contacts.company.export)")
    public Response export(@QueryParam("sort") String sort, @QueryParam("filter") List<String> filter,
                           @QueryParam("q") String q,
                           @io.swagger.v3.oas.annotations.Parameter(description = "csv (default) or xlsx")
                           @QueryParam("format") String format) {
        PageRequest request = PageRequest.parse(null, null, sort, filter, q);
        if ("xlsx".equalsIgnoreCase(format)) {
            return Response.ok(companies.exportXlsx(request), org.cairncrm.platform.api.sheets.Sheets.XLSX)
                    .header("Content-Disposition", "attachment; filename=\"companies.xlsx\"").build();
        }
        if (format != null && !format.equalsIgnoreCase("csv")) {
            throw org.cairncrm.platform.api.error.ValidationException.of("format", "must be csv or xlsx");
        }
        return Response.ok(companies.exportCsv(request), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"companies.csv\"").build();
    }

    @GET
    @Path("{id}")
    @RequiresPermission(Companies.READ)
    @Operation(summary = "One company; 404 also when you may not see it (contacts.company.read)")
    public CompanyData get(@PathParam("id") long id) {
        return companies.get(id);
    }

    @POST
    @RequiresPermission(Companies.CREATE)
    @Operation(summary = "Add a company, looked after by you unless ownerId says otherwise; 201 with its address "
            + "(contacts.company.create)")
    public Response create(CompanyData data) {
        CompanyData created = companies.create(RestResource.requireBody(data, "a company"));
        return Response.created(URI.create("companies/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @RequiresPermission(Companies.UPDATE)
    @Operation(summary = "Change a company; the body's version must be the one read, else 409 "
            + "(contacts.company.update)")
    public CompanyData update(@PathParam("id") long id, CompanyData data) {
        return companies.update(id, RestResource.requireBody(data, "a company"));
    }

    @GET
    @Path("{id}/representatives")
    @RequiresPermission(Representatives.READ)
    @Operation(summary = "The people who work or worked at the company (contacts.representative.read)")
    public Page<RepresentativeData> representatives(@PathParam("id") long id, @QueryParam("page") String page,
                                                    @QueryParam("size") String size,
                                                    @QueryParam("sort") String sort) {
        companies.get(id);
        PageRequest request = PageRequest.parse(page, size, sort, List.of(), null);
        return representatives.list(new PageRequest(request.page(), request.size(), request.sort(),
                List.of(Filter.eq("company", String.valueOf(id))), java.util.Optional.empty()));
    }

    @DELETE
    @Path("{id}")
    @RequiresPermission({Companies.DELETE, Deletions.APPROVE})
    @Operation(summary = "Delete: with contacts.deletion.approve the company is archived at once (200), else a "
            + "deletion request waits for a manager (202); either way the answer is the request "
            + "(contacts.company.delete)")
    public Response delete(@PathParam("id") long id,
                           @Parameter(description = "why, for the approver") @QueryParam("reason") String reason) {
        DeletionRequestData request = deletions.delete(RecordRef.named(Companies.TYPE, id), reason);
        return Response.status(request.state() == DeletionState.PENDING ? 202 : 200).entity(request).build();
    }

    @POST
    @Path("{id}/restore")
    @RequiresPermission(Deletions.APPROVE)
    @Operation(summary = "Bring an archived company back (contacts.deletion.approve)")
    public Response restore(@PathParam("id") long id) {
        deletions.restore(RecordRef.named(Companies.TYPE, id));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/purge")
    @RequiresPermission(Deletions.PURGE)
    @Operation(summary = "Remove an archived company for good; 409 while anything refers to it (contacts.purge)")
    public Response purge(@PathParam("id") long id) {
        deletions.purge(RecordRef.named(Companies.TYPE, id));
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/fields")
    @RequiresPermission(Companies.READ)
    @Operation(summary = "The custom field values, by field name")
    public java.util.Map<String, Object> fieldValues(@PathParam("id") long id) {
        return fields.values(org.cairncrm.contacts.FieldTarget.COMPANY, id);
    }

    @GET
    @Path("{id}/fields/definitions")
    @RequiresPermission(Companies.READ)
    @Operation(summary = "The custom fields that apply to this record (for all, its groups', its own)")
    public List<org.cairncrm.contacts.FieldDefinition> fieldDefinitions(@PathParam("id") long id) {
        return fields.applicable(org.cairncrm.contacts.FieldTarget.COMPANY, id);
    }

    @PUT
    @Path("{id}/fields")
    @RequiresPermission(Companies.UPDATE)
    @Operation(summary = "Set custom field values (null clears one; those not sent stay); errors name "
            + "fields.<name>")
    public java.util.Map<String, Object> setFieldValues(@PathParam("id") long id,
                                                       java.util.Map<String, Object> values) {
        return fields.setValues(org.cairncrm.contacts.FieldTarget.COMPANY, id,
                RestResource.requireBody(values, "field values"));
    }

    @GET
    @Path("{id}/groups")
    @RequiresPermission(ContactGroups.READ)
    @Operation(summary = "The groups the company is in (contacts.group.read)")
    public List<ContactGroupData> groups(@PathParam("id") long id) {
        companies.get(id);
        return groups.groupsOf(GroupKind.COMPANIES, id);
    }
}
