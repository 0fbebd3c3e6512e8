package org.cairncrm.journal.internal;

import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.cairncrm.journal.CaseData;
import org.cairncrm.journal.Journal;
import org.cairncrm.journal.NextAction;
import org.cairncrm.journal.StageChange;
import org.cairncrm.journal.StepData;
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

@Path("/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "journal", description = "Contact cases, their steps and next actions")
@Component(service = RestResource.class, property = CairnModule.MODULE_PROPERTY + "=journal")
public class CaseResource implements RestResource {

    /** A step and the case's next action, recorded together. */
    @Schema(name = "StepRecording")
    public record StepRecording(StepData step,
                                @Schema(description = "required while the case is open") NextAction next) {
    }

    /** A move to another stage of the case's pipeline. */
    @Schema(name = "StageMove")
    public record StageMove(@Schema(description = "the case's version read") Long version, String stage) {
    }

    private final Journal journal;

    @Activate
    public CaseResource(@Reference Journal journal) {
        this.journal = journal;
    }

    @GET
    @RequiresPermission(Journal.READ)
    @Operation(summary = "A page of the cases you may see, newest first (journal.case.read)")
    public Page<CaseData> list(@Parameter(description = "page number, from 0") @QueryParam("page") String page,
                               @Parameter(description = "rows per page, 1 to 500, default 25")
                               @QueryParam("size") String size,
                               @Parameter(description = "fields, '-' for descending: nextActionDue,-id")
                               @QueryParam("sort") String sort,
                               @Parameter(description = "field:op:value on " + Journal.FILTER_FIELDS
                                       + "; e.g. nextActionDue:lt:2026-12-01 for the overdue ones")
                               @QueryParam("filter") List<String> filter,
                               @Parameter(description = "quick search: topic, company") @QueryParam("q") String q) {
        return journal.list(PageRequest.parse(page, size, sort, filter, q));
    }

    @GET
    @Path("{id}")
    @RequiresPermission(Journal.READ)
    @Operation(summary = "One case; 404 also when you may not see it (journal.case.read)")
    public CaseData get(@PathParam("id") long id) {
        return journal.get(id);
    }

    @POST
    @RequiresPermission(Journal.CREATE)
    @Operation(summary = "Open a case with its first next action; 201 with its address (journal.case.create)")
    public Response create(CaseData data) {
        CaseData created = journal.create(RestResource.requireBody(data, "a case"));
        return Response.created(URI.create("cases/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @RequiresPermission(Journal.UPDATE)
    @Operation(summary = "Change a case; send the version you read (journal.case.update)")
    public CaseData update(@PathParam("id") long id, CaseData data) {
        return journal.update(id, RestResource.requireBody(data, "a case"));
    }

    @GET
    @Path("{id}/steps")
    @RequiresPermission(Journal.READ)
    @Operation(summary = "The steps of a case, newest first (journal.case.read)")
    public Page<StepData> steps(@PathParam("id") long id, @QueryParam("page") String page,
                                @QueryParam("size") String size) {
        return journal.steps(id, PageRequest.parse(page, size, null, List.of(), null));
    }

    @POST
    @Path("{id}/steps")
    @RequiresPermission(Journal.RECORD_STEP)
    @Operation(summary = "Record a step and the case's next action; 201 (journal.step.create)")
    public Response recordStep(@PathParam("id") long id, StepRecording recording) {
        StepRecording body = RestResource.requireBody(recording, "a step and the next action");
        StepData step = journal.recordStep(id, body.step(), body.next());
        return Response.created(URI.create("cases/" + id + "/steps/" + step.id())).entity(step).build();
    }

    @POST
    @Path("{id}/stage")
    @RequiresPermission(Journal.UPDATE)
    @Operation(summary = "Move the case to another stage of its pipeline; a strict pipeline refuses skipping "
            + "stages (journal.case.update)")
    public CaseData move(@PathParam("id") long id, StageMove move) {
        StageMove body = RestResource.requireBody(move, "the version and the stage");
        org.cairncrm.platform.api.error.ValidationException.requireVersion(body.version());
        return journal.moveStage(id, body.version(), body.stage());
    }

    @GET
    @Path("{id}/stages")
    @RequiresPermission(Journal.READ)
    @Operation(summary = "The stages the case went through, oldest first (journal.case.read)")
    public List<StageChange> stages(@PathParam("id") long id) {
        return journal.stageHistory(id);
    }
}
