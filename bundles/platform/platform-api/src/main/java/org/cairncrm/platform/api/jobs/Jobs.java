package org.cairncrm.platform.api.jobs;

import java.util.List;
import java.util.Optional;

/**
 * Starts and follows background jobs. A job runs as the signed-in user who started it (their keys and data scope
 * apply); they and administrators see it. Finished jobs are kept for an hour.
 */
public interface Jobs {

    /** Starts {@code work} in the background; answers at once with its status (state QUEUED or RUNNING). */
    JobStatus start(String kind, String title, JobWork work);

    /** A job of the caller's (or any, for holders of {@code platform.jobs.read}); empty when unknown or not theirs. */
    Optional<JobStatus> status(String id);

    /** The caller's jobs, newest first. */
    List<JobStatus> mine();

    /** Asks a running job to stop; it stops at its next step. */
    JobStatus cancel(String id);
}
