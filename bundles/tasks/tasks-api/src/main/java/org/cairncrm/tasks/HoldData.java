package org.cairncrm.tasks;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** Who held a task when: its assignee, or a delegate under a delegation. */
@Schema(name = "TaskHold")
public record HoldData(long taskId, long employeeId, Instant from,
                       @Schema(description = "none: holds it now") Instant to,
                       @Schema(description = "the delegation it was held under; none: as assignee") Long delegationId) {
}
