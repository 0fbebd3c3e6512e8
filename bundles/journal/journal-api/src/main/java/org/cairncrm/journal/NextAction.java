package org.cairncrm.journal;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/** What is to be done next in a case, by whom, by when. Every open case has one. */
@Schema(name = "NextAction")
public record NextAction(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String what,
        @Schema(description = "employee who does it; default: the case's owner") Long byEmployeeId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate due) {

    /** Whether it is late on {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return due != null && due.isBefore(today);
    }
}
