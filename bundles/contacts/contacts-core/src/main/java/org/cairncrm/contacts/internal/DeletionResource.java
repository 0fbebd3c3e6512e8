package org.cairncrm.contacts.internal;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.cairncrm.contacts.Companies;
import org.cairncrm.contacts.DeletionRequestData;
import org.cairncrm.contacts.Deletions;
import org.cairncrm.contacts.Representatives;
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
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

@Path("/deletion-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "contacts")
@Component(service = RestResource.class, property = CairnModule.MODULE_PROPERTY + "=contacts")
public class DeletionResource implements RestResource {

    /** What the approver says. */
    @Schema(name = "Decision")
    public record Decision(@Schema(maxLength = 1000) String note) {
    }

    private final Deletions deletions;

    @Activate
    public DeletionResource(@Reference Deletions deletions) {
        this.deletions = deletions;
    }

    @GET
    @RequiresPermission({Deletions.APPROVE, Companies.DELETE, Representatives.DELETE})
    @Operation(summary = "Deletion requests, newest first; filter state:eq:PENDING for those waiting")
    public Page<DeletionRequestData> list(@QueryParam("page") String page, @QueryParam("size") String size,
                                          @QueryParam("sort") String sort,
                                          @Parameter(description = "field:op:value on state, recordType, recordId")
                                          @QueryParam("filter") List<String> filter, @QueryParam("q") String q) {
        return deletions.list(PageRequest.parse(page, size, sort, filter, q));
    }

    @POST
    @Path("{id}/approve")
    @RequiresPermission(Deletions.APPROVE)
    @Operation(summary = "Approve: the record is archived (contacts.deletion.approve)")
    public DeletionRequestData approve(@PathParam("id") long id, Decision decision) {
        return deletions.approve(id, decision == null ? null : decision.note());
    }

    @POST
    @Path("{id}/reject")
    @RequiresPermission(Deletions.APPROVE)
    @Operation(summary = "Reject: the record stays (contacts.deletion.approve)")
    public DeletionRequestData reject(@PathParam("id") long id, Decision decision) {
        return deletions.reject(id, decision == null ? null : decision.note());
    }
}
