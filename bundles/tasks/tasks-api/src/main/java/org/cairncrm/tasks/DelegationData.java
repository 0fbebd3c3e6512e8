package org.cairncrm.tasks;

import java.time.LocalDate;

import org.cairncrm.platform.api.AuditStamp;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A manager hands one task, or all open tasks of an employee, to another employee: for a period (absence cover,
 * after which they return by themselves) or for good.
 */
@Schema(name = "Delegation")
public record DelegationData(
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) Long id,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "whose tasks") Long fromEmployeeId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "who takes them") Long toEmployeeId,
        @Schema(description = "one task; none: all of the employee's open tasks") Long taskId,
        @Schema(description = "first day; default today") LocalDate startsOn,
        @Schema(description = "last day, after which the tasks return; none: for good") LocalDate endsOn,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY, description = "PLANNED, ACTIVE, ENDED, PERMANENT")
        String state,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) AuditStamp audit) {
}
