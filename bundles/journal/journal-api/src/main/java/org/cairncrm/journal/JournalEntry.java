package org.cairncrm.journal;

import java.time.Instant;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One line of a customer's journal: a case opened, a step, a stage reached or a next action still to do.
 */
@Schema(name = "JournalEntry")
public record JournalEntry(
        @Schema(description = "CASE, STEP, STAGE or NEXT") String entry,
        @Schema(description = "when; a next action: the start of its due day (UTC)") Instant at,
        long caseId,
        String topic,
        String caseType,
        String status,
        @Schema(description = "STEP: its kind; STAGE: the stage reached") String code,
        @Schema(description = "who: the case's owner, the step's employee, the next action's employee") Long employeeId,
        @Schema(description = "STEP: with whom") Long representativeId,
        @Schema(description = "STEP: notes; NEXT: what is to be done") String text,
        @Schema(description = "STEP: outcome") String outcome,
        @Schema(description = "NEXT: by when") LocalDate due) {
}
