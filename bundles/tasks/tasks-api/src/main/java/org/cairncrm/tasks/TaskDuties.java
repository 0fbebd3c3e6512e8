package org.cairncrm.tasks;

import java.time.Instant;

/**
 * The work that falls due with time: delegations that start or end, escalations of late or unclaimed tasks. The
 * platform scheduler runs it every minute with the current time; each escalation is made once per task and deadline,
 * however often (and on however many servers) it runs.
 */
public interface TaskDuties {

    /** Does what is due at {@code now}; returns how many escalations were made. */
    int run(Instant now);
}
