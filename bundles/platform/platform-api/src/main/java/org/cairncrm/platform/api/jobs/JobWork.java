package org.cairncrm.platform.api.jobs;

/** What a job does; it reports progress and checks for cancelling as it goes. */
@FunctionalInterface
public interface JobWork {

    /** @return the result clients get when the job is done (something Jackson writes as JSON) */
    Object run(JobProgress progress) throws Exception;
}
