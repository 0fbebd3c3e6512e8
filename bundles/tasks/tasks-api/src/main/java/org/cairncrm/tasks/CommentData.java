package org.cairncrm.tasks;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** An employee's comment on a task: the discussion that closes it. */
@Schema(name = "TaskComment")
public record CommentData(
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) Long id,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) Long taskId,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) Long employeeId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 4000) String text,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) Instant at) {
}
