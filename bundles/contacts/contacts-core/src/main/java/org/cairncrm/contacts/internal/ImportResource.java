package org.cairncrm.contacts.internal;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.cairncrm.contacts.CompanyImports;
import org.cairncrm.contacts.RepresentativeImports;
import org.cairncrm.platform.api.CairnModule;
import org.cairncrm.platform.api.error.ValidationException;
import org.cairncrm.platform.api.jobs.JobStatus;
import org.cairncrm.platform.api.rest.RequiresPermission;
import org.cairncrm.platform.api.rest.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@Path("/imports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({"text/csv", org.cairncrm.platform.api.sheets.Sheets.XLSX, MediaType.APPLICATION_OCTET_STREAM})
@Tag(name = "contacts")
@Component(service = RestResource.class, property = CairnModule.MODULE_PROPERTY + "=contacts")
public class ImportResource implements RestResource {

    private final CompanyImports imports;
    private final RepresentativeImports people;

    @Activate
    public ImportResource(@Reference CompanyImports imports, @Reference RepresentativeImports people) {
        this.imports = imports;
        this.people = people;
    }

    @POST
    @Path("companies/preview")
    @RequiresPermission(CompanyImports.IMPORT)
    @Operation(summary = "Columns, first rows and the suggested mapping of a CSV or XLSX file (contacts.company.import)")
    public CompanyImports.Preview preview(byte[] file) {
        return imports.preview(file);
    }

    @POST
    @Path("companies")
    @RequiresPermission(CompanyImports.IMPORT)
    @Operation(summary = "Import companies from a CSV or XLSX file in the background: 202 with the job to follow at "
            + "/api/jobs/{id}; its result is the report (contacts.company.import and contacts.company.create)")
    public Response start(byte[] file,
                          @Parameter(description = "column:field, e.g. 0:name (repeatable; none: the suggested)")
                          @QueryParam("map") List<String> map,
                          @Parameter(description = "SKIP (default), UPDATE or CREATE")
                          @QueryParam("duplicates") String duplicates,
                          @Parameter(description = "true: store nothing if any row is wrong")
                          @QueryParam("onlyIfAllValid") boolean onlyIfAllValid) {
        Map<Integer, String> mapping = new LinkedHashMap<>();
        for (String pair : map) {
            String[] parts = pair.split(":", 2);
            try {
                mapping.put(Integer.parseInt(parts[0].strip()), parts[1].strip());
            } catch (RuntimeException wrong) {
                throw ValidationException.of("map", "'" + pair + "' is not column:field");
            }
        }
        JobStatus job = imports.start(file, new CompanyImports.Options(mapping, duplicates(duplicates),
                onlyIfAllValid));
        return Response.accepted(job).location(URI.create("/api/jobs/" + job.id())).build();
    }

    @POST
    @Path("representatives")
    @Consumes({"text/vcard", "text/x-vcard", "text/directory", MediaType.APPLICATION_OCTET_STREAM})
    @RequiresPermission(RepresentativeImports.IMPORT)
    @Operation(summary = "Import representatives from a vCard file (2.1, 3.0, 4.0: Google Contacts, Outlook, "
            + "Thunderbird) in the background: 202 with the job to follow at /api/jobs/{id}; its result is the "
            + "report card by card (contacts.representative.import and contacts.representative.create)")
    public Response startVCards(byte[] file,
                                @Parameter(description = "SKIP (default), UPDATE (fill in and add phones, "
                                        + "e-mails, employments) or CREATE")
                                @QueryParam("duplicates") String duplicates) {
        JobStatus job = people.start(file, duplicates(duplicates));
        return Response.accepted(job).location(URI.create("/api/jobs/" + job.id())).build();
    }

    private static CompanyImports.Duplicates duplicates(String duplicates) {
        try {
            return duplicates == null ? CompanyImports.Duplicates.SKIP
                    : CompanyImports.Duplicates.valueOf(duplicates.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException wrong) {
            throw ValidationException.of("duplicates", "must be SKIP, UPDATE or CREATE");
        }
    }
}
