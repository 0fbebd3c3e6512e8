package org.cairncrm.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.cairncrm.platform.api.AuditStamp;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A task of a topic. Assigned to an employee or to an employee group, or unassigned (open to claiming); while a
 * delegation covers its assignee, {@code holderId} is who holds it.
 */
@Schema(name = "Task")
public record TaskData(
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) Long id,
        @Schema(description = "version read; required on update") Long version,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long topicId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String title,
        @Schema(maxLength = 4000) String description,
        @Schema(description = "LOW, NORMAL (default), HIGH, URGENT") String priority,
        @Schema(description = "NEW, ASSIGNED, IN_PROGRESS, WAITING, APPROVAL (done, waiting for the manager), "
                + "DONE, CANCELLED") String status,
        @Schema(description = "the day it is due") LocalDate targetDate,
        @Schema(description = "the time of day it is due, local time; none: the whole day") LocalTime targetTime,
        @Schema(description = "the employee it is assigned to") Long assigneeId,
        @Schema(description = "or the employee group it is assigned to") Long assigneeGroupId,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY, description = "who holds it now: the assignee or their "
                + "delegate") Long holderId,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) Boolean delegated,
        @Schema(description = "employees told of its changes") List<Long> watcherIds,
        @Schema(description = "a record it is about: contacts.company:12, journal.case:7") String link,
        @Schema(description = "its completion waits for the manager's approval") Boolean needsApproval,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY, description = "who asked to be assigned")
        Long claimRequestedBy,
        @Schema(description = "RFC 5545 rule: when it is done, the next one is made, e.g. FREQ=WEEKLY;BYDAY=MO")
        String recurrence,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) Long seriesId,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) Long processRunId,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) Integer processStep,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) Instant completedAt,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) AuditStamp audit) {

    public TaskData {
        watcherIds = watcherIds == null ? List.of() : List.copyOf(watcherIds);
    }

    /** A new task's data. */
    public static TaskData of(long topicId, String title, Long assigneeId, LocalDate targetDate) {
        return new TaskData(null, null, topicId, title, null, null, null, targetDate, null, assigneeId, null, null,
                null, null, null, null, null, null, null, null, null, null, null);
    }

    public boolean open() {
        return !"DONE".equals(status) && !"CANCELLED".equals(status);
    }

    /** Whether it is unfinished after its target day. */
    public boolean overdueOn(LocalDate today) {
        return open() && targetDate != null && targetDate.isBefore(today);
    }
}
