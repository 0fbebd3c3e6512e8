package org.cairncrm.platform.rest.internal;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.cairncrm.platform.api.error.RecordNotFoundException;
import org.cairncrm.platform.api.jobs.JobStatus;
import org.cairncrm.platform.api.jobs.Jobs;
import org.cairncrm.platform.api.rest.RequiresSignIn;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Following background jobs: imports, merges, reports. */
@Path("/jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "platform")
public class JobResource {

    private final java.util.function.Supplier<Jobs> jobs;

    public JobResource(java.util.function.Supplier<Jobs> jobs) {
        this.jobs = jobs;
    }

    @GET
    @RequiresSignIn
    @Operation(summary = "Your jobs of the last hour, newest first")
    public List<JobStatus> mine() {
        return jobs().mine();
    }

    @GET
    @Path("{id}")
    @RequiresSignIn
    @Operation(summary = "A job's state and progress (done of total), and its result once DONE; 404 if not yours")
    public JobStatus status(@PathParam("id") String id) {
        return jobs().status(id).orElseThrow(() -> new RecordNotFoundException("No job " + id));
    }

    @POST
    @Path("{id}/cancel")
    @RequiresSignIn
    @Operation(summary = "Ask a job to stop; it stops at its next step")
    public JobStatus cancel(@PathParam("id") String id) {
        return jobs().cancel(id);
    }

    private Jobs jobs() {
        Jobs running = jobs.get();
        if (running == null) {
            throw new RecordNotFoundException("Background jobs are not running");
        }
        return running;
    }
}
