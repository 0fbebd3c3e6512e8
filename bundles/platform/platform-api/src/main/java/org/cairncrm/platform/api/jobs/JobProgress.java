package org.cairncrm.platform.api.jobs;

/** A running job's side of its status. */
public interface JobProgress {

    /** How many steps there are, when known. */
    void total(long steps);

    /** {@code steps} more are done. */
    void advance(long steps);

    /** What it does now: "Checking row 1200". */
    void message(String message);

    /** Whether someone asked it to stop; a job that sees this stops and returns what it has. */
    boolean cancelled();
}
