package org.cairncrm.journal;

import java.time.Instant;

import org.cairncrm.platform.api.AuditStamp;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One step recorded in a case: a phone call, a meeting, an e-mail, an offer sent, an answer received ... with when,
 * who, with whom, notes and outcome. Recording a step asks for the case's next action.
 */
@Schema(name = "Step")
public record StepData(
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) Long id,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) Long caseId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "code of the step kind: call, meeting, "
                + "email, offer-sent, answer-received ...") String kind,
        @Schema(description = "when it happened; default: now") Instant at,
        @Schema(description = "employee who did it; default: the caller") Long byEmployeeId,
        @Schema(description = "the representative it was with") Long withRepresentativeId,
        @Schema(maxLength = 4000) String notes,
        @Schema(maxLength = 500) String outcome,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) AuditStamp audit) {
}
