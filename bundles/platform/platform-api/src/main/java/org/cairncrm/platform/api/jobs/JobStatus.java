package org.cairncrm.platform.api.jobs;

import java.time.Instant;

/**
 * Where a job stands. {@code done} of {@code total} steps (total 0 while unknown); {@code result} once DONE,
 * {@code error} once FAILED.
 */
public record JobStatus(String id, String kind, String title, String owner, State state, long done, long total,
                        String message, Instant startedAt, Instant finishedAt, Object result, String error) {

    public enum State { QUEUED, RUNNING, DONE, FAILED, CANCELLED }

    public boolean finished() {
        return state == State.DONE || state == State.FAILED || state == State.CANCELLED;
    }

    /** 0 to 100, when the total is known. */
    public int percent() {
        return total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
    }
}
