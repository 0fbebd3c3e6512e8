package org.cairncrm.tasks.internal;

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

import org.cairncrm.platform.api.CairnModule;
import org.cairncrm.platform.api.paging.Page;
import org.cairncrm.platform.api.paging.PageRequest;
import org.cairncrm.platform.api.rest.RequiresPermission;
import org.cairncrm.platform.api.rest.RestResource;
import org.cairncrm.tasks.AlertData;
import org.cairncrm.tasks.DelegationData;
import org.cairncrm.tasks.Delegations;
import org.cairncrm.tasks.ProcessData;
import org.cairncrm.tasks.TaskData;
import org.cairncrm.tasks.Tasks;
import org.cairncrm.tasks.TopicData;
import org.cairncrm.tasks.Topics;
import org.cairncrm.tasks.WorkloadRow;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Topics, process templates and delegations. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "tasks")
@Component(service = RestResource.class, property = CairnModule.MODULE_PROPERTY + "=tasks")
public class TopicResource implements RestResource {

    /** When a process run starts. */
    @Schema(name = "ProcessStart")
    public record Start(@Schema(description = "YYYY-MM-DD; default today") String startsOn,
                        @Schema(description = "a record every step's task is about: contacts.company:12") String link) {
    }

    private final Topics topics;
    private final Delegations delegations;
    private final Tasks tasks;

    @Activate
    public TopicResource(@Reference Topics topics, @Reference Delegations delegations, @Reference Tasks tasks) {
        this.topics = topics;
        this.delegations = delegations;
        this.tasks = tasks;
    }

    @GET
    @Path("topics")
    @RequiresPermission(Tasks.READ)
    @Operation(summary = "A page of topics")
    public Page<TopicData> list(@QueryParam("page") String page, @QueryParam("size") String size,
                                @QueryParam("sort") String sort, @QueryParam("filter") List<String> filter,
                                @QueryParam("q") String q) {
        return topics.list(PageRequest.parse(page, size, sort, filter, q));
    }

    @GET
    @Path("topics/{id}")
    @RequiresPermission(Tasks.READ)
    public TopicData get(@PathParam("id") long id) {
        return topics.get(id);
    }

    @POST
    @Path("topics")
    @RequiresPermission(Tasks.MANAGE)
    @Operation(summary = "Create a topic; 201 (tasks.manage)")
    public Response create(TopicData data) {
        TopicData created = topics.create(RestResource.requireBody(data, "a topic"));
        return Response.created(URI.create("topics/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("topics/{id}")
    @RequiresPermission(Tasks.MANAGE)
    @Operation(summary = "Change a topic; send the version you read (tasks.manage)")
    public TopicData update(@PathParam("id") long id, TopicData data) {
        return topics.update(id, RestResource.requireBody(data, "a topic"));
    }

    @GET
    @Path("processes")
    @RequiresPermission(Tasks.READ)
    @Operation(summary = "Process templates, of one topic with ?topicId=")
    public List<ProcessData> processes(@QueryParam("topicId") Long topicId) {
        return topics.processes(topicId);
    }

    @POST
    @Path("processes")
    @RequiresPermission(Tasks.MANAGE)
    @Operation(summary = "Create a process template: ordered steps (tasks.manage)")
    public Response createProcess(ProcessData data) {
        ProcessData created = topics.createProcess(RestResource.requireBody(data, "a process"));
        return Response.created(URI.create("processes/" + created.id())).entity(created).build();
    }

    @POST
    @Path("processes/{id}/start")
    @RequiresPermission(Tasks.CREATE)
    @Operation(summary = "Start a run: its first step becomes a task; each next one when the one before is done")
    public Response start(@PathParam("id") long id, Start start) {
        TaskData first = topics.startProcess(id, start == null ? null : RestResource.dateParam(start.startsOn(),
                "startsOn"), start == null ? null : start.link());
        return Response.created(URI.create("tasks/" + first.id())).entity(first).build();
    }

    @GET
    @Path("delegations")
    @RequiresPermission(Tasks.MANAGE)
    @Operation(summary = "Delegations not ended yet; ?all=true for every one (tasks.manage)")
    public List<DelegationData> delegations(@QueryParam("all") boolean all) {
        return delegations.list(all);
    }

    @POST
    @Path("delegations")
    @RequiresPermission(Tasks.MANAGE)
    @Operation(summary = "Hand one task or all of an employee's tasks to another, for a period (endsOn) or for "
            + "good; 201 (tasks.manage)")
    public Response delegate(DelegationData data) {
        DelegationData created = delegations.create(RestResource.requireBody(data, "a delegation"));
        return Response.created(URI.create("delegations/" + created.id())).entity(created).build();
    }

    @POST
    @Path("delegations/{id}/end")
    @RequiresPermission(Tasks.MANAGE)
    @Operation(summary = "End a delegation now: its tasks return (tasks.manage)")
    public DelegationData end(@PathParam("id") long id) {
        return delegations.end(id);
    }

    @GET
    @Path("alerts")
    @RequiresPermission(Tasks.READ)
    @Operation(summary = "Escalations sent to you as a topic's manager, newest first")
    public List<AlertData> alerts(@QueryParam("unseen") boolean unseen) {
        return tasks.alerts(unseen);
    }

    @POST
    @Path("alerts/{id}/seen")
    @RequiresPermission(Tasks.READ)
    @Operation(summary = "Mark an escalation seen; 204")
    public Response seen(@PathParam("id") long id) {
        tasks.seen(id);
        return Response.noContent().build();
    }

    @GET
    @Path("workload")
    @RequiresPermission(Tasks.MANAGE)
    @Operation(summary = "Per employee: open and overdue tasks now, done between from and to (tasks.manage)")
    public List<WorkloadRow> workload(@QueryParam("from") String from, @QueryParam("to") String to) {
        return tasks.workload(RestResource.dateParam(from, "from"), RestResource.dateParam(to, "to"));
    }
}
