package org.cairncrm.tasks.internal;

import java.net.URI;
import java.util.List;
import java.util.Locale;

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

import org.cairncrm.platform.api.CairnModule;
import org.cairncrm.platform.api.error.ValidationException;
import org.cairncrm.platform.api.paging.Page;
import org.cairncrm.platform.api.paging.PageRequest;
import org.cairncrm.platform.api.rest.RequiresPermission;
import org.cairncrm.platform.api.rest.RestResource;
import org.cairncrm.tasks.AlertData;
import org.cairncrm.tasks.CommentData;
import org.cairncrm.tasks.HoldData;
import org.cairncrm.tasks.TaskData;
import org.cairncrm.tasks.Tasks;
import org.cairncrm.tasks.WorkloadRow;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

@Path("/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "tasks", description = "Tasks, claims, approvals, comments, topics, processes, delegations, escalations, workload")
@Component(service = RestResource.class, property = CairnModule.MODULE_PROPERTY + "=tasks")
public class TaskResource implements RestResource {

    /** A manager's decision on a claim or a completion. */
    @Schema(name = "TaskDecision")
    public record Decision(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Boolean approve) {
    }

    /** A comment's text. */
    @Schema(name = "NewTaskComment")
    public record NewComment(String text) {
    }

    private final Tasks tasks;

    @Activate
    public TaskResource(@Reference Tasks tasks) {
        this.tasks = tasks;
    }

    @GET
        @RequiresPermission(Tasks.READ)
    @Operation(summary = "A page of the tasks you may see (tasks.task.read)")
    public Page<TaskData> list(@QueryParam("page") String page, @QueryParam("size") String size,
                               @Parameter(description = "fields, '-' for descending: targetDate,-priority")
                               @QueryParam("sort") String sort,
                               @Parameter(description = "field:op:value on " + Tasks.FILTER_FIELDS)
                               @QueryParam("filter") List<String> filter,
                               @Parameter(description = "quick search: title") @QueryParam("q") String q) {
        return tasks.list(PageRequest.parse(page, size, sort, filter, q));
    }

    @GET
    @Path("mine")
    @RequiresPermission(Tasks.READ)
    @Operation(summary = "Your list: tasks you hold (also by delegation) and your groups' tasks, soonest due first")
    public Page<TaskData> mine(@Parameter(description = "OPEN (default), UPCOMING, OVERDUE or ALL")
                               @QueryParam("which") String which,
                               @Parameter(description = "UPCOMING: due within this many days; default 7")
                               @QueryParam("days") Integer days,
                               @QueryParam("page") String page, @QueryParam("size") String size,
                               @Parameter(description = "topicId:eq:3, priority:eq:HIGH, status:eq:WAITING")
                               @QueryParam("filter") List<String> filter) {
        Tasks.Mine mine;
        try {
            mine = which == null || which.isBlank() ? Tasks.Mine.OPEN
                    : Tasks.Mine.valueOf(which.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("which", "must be OPEN, UPCOMING, OVERDUE or ALL");
        }
        return tasks.mine(mine, days == null ? 7 : days, PageRequest.parse(page, size, null, filter, null));
    }

    @GET
    @Path("claimable")
    @RequiresPermission(Tasks.READ)
    @Operation(summary = "Open tasks nobody is assigned to, to ask for")
    public Page<TaskData> claimable(@QueryParam("page") String page, @QueryParam("size") String size) {
        return tasks.claimable(PageRequest.parse(page, size, null, List.of(), null));
    }

    @GET
    @Path("{id}")
    @RequiresPermission(Tasks.READ)
    @Operation(summary = "One task; 404 also when you may not see it")
    public TaskData get(@PathParam("id") long id) {
        return tasks.get(id);
    }

    @POST
        @RequiresPermission(Tasks.CREATE)
    @Operation(summary = "Create a task; 201 with its address (tasks.task.create)")
    public Response create(TaskData data) {
        TaskData created = tasks.create(RestResource.requireBody(data, "a task"));
        return Response.created(URI.create("tasks/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @RequiresPermission(Tasks.UPDATE)
    @Operation(summary = "Change a task; send the version you read (tasks.task.update)")
    public TaskData update(@PathParam("id") long id, TaskData data) {
        return tasks.update(id, RestResource.requireBody(data, "a task"));
    }

    @POST
    @Path("{id}/claim")
    @RequiresPermission(Tasks.READ)
    @Operation(summary = "Ask to be assigned an unassigned task; its topic's manager decides")
    public TaskData claim(@PathParam("id") long id) {
        return tasks.requestClaim(id);
    }

    @POST
    @Path("{id}/claim-decision")
    @RequiresPermission(Tasks.READ)
    @Operation(summary = "The topic's manager assigns the task to who asked, or not: {\"approve\":true}")
    public TaskData decideClaim(@PathParam("id") long id, Decision decision) {
        return tasks.decideClaim(id, approve(decision));
    }

    @POST
    @Path("{id}/complete")
    @RequiresPermission(Tasks.READ)
    @Operation(summary = "Mark the task done; one needing approval goes to its manager (APPROVAL)")
    public TaskData complete(@PathParam("id") long id) {
        return tasks.complete(id);
    }

    @POST
    @Path("{id}/completion-decision")
    @RequiresPermission(Tasks.READ)
    @Operation(summary = "The topic's manager approves a completion or sends it back: {\"approve\":true}")
    public TaskData decideCompletion(@PathParam("id") long id, Decision decision) {
        return tasks.decideCompletion(id, approve(decision));
    }

    @GET
    @Path("{id}/comments")
    @RequiresPermission(Tasks.READ)
    @Operation(summary = "The task's comments, oldest first")
    public List<CommentData> comments(@PathParam("id") long id) {
        return tasks.comments(id);
    }

    @POST
    @Path("{id}/comments")
    @RequiresPermission(Tasks.READ)
    @Operation(summary = "Comment on a task; 201")
    public Response comment(@PathParam("id") long id, NewComment body) {
        CommentData c = tasks.comment(id, RestResource.requireBody(body, "a comment").text());
        return Response.created(URI.create("tasks/" + id + "/comments/" + c.id())).entity(c).build();
    }

    @GET
    @Path("{id}/holders")
    @RequiresPermission(Tasks.READ)
    @Operation(summary = "Who held the task when, oldest first")
    public List<HoldData> holders(@PathParam("id") long id) {
        return tasks.holds(id);
    }

    private static boolean approve(Decision decision) {
        if (decision == null || decision.approve() == null) {
            throw ValidationException.of("approve", "is required: true or false");
        }
        return decision.approve();
    }
}
