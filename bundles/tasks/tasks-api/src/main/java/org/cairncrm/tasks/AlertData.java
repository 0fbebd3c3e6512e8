package org.cairncrm.tasks;

import java.time.Instant;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An escalation in a topic manager's list: a task past its target day unfinished ({@code OVERDUE}) or unclaimed
 * for the topic's number of days ({@code UNCLAIMED}); made once per task and deadline.
 */
@Schema(name = "TaskAlert")
public record AlertData(long id, long taskId, String taskTitle, long managerId, String kind, LocalDate deadline,
                        Instant at, boolean seen) {
}
