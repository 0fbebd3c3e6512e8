package org.cairncrm.tasks;

import org.cairncrm.platform.api.AuditStamp;

import io.swagger.v3.oas.annotations.media.Schema;

/** A topic (a project such as production or recruitment) grouping tasks, led by its manager. */
@Schema(name = "Topic")
public record TopicData(
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) Long id,
        @Schema(description = "version read; required on update") Long version,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String name,
        @Schema(maxLength = 4000) String description,
        @Schema(description = "the employee who manages it: approves claims and completions, gets escalations; "
                + "default: its creator") Long managerId,
        @Schema(description = "days a new task may stay unclaimed before the manager is told; default 3")
        Integer unclaimedDays,
        @Schema(description = "default true") Boolean active,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) AuditStamp audit) {

    public static TopicData named(String name, Long managerId) {
        return new TopicData(null, null, name, null, managerId, null, true, null);
    }
}
