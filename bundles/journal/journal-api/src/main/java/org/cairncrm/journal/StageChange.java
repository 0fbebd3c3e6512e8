package org.cairncrm.journal;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** A case's move from one stage of its pipeline to another, by hand or by a step recorded. */
@Schema(name = "StageChange")
public record StageChange(
        long caseId,
        @Schema(description = "none for the first stage") String fromStage,
        String toStage,
        Instant at,
        long byEmployeeId,
        @Schema(description = "the step whose kind moved the case; none when moved by hand") Long stepId) {
}
