package org.cairncrm.contacts;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A representative's work at one company: a person may work at several, each with its own position and work
 * contacts. {@code companyName} is filled in on reading (empty when the caller may not see the company).
 */
@Schema(name = "Employment")
public record EmploymentData(
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) Long id,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long companyId,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String companyName,
        @Schema(maxLength = 100) String position,
        @Schema(maxLength = 100) String department,
        @Schema(description = "work phone at this company", maxLength = 40) String phone,
        @Schema(description = "work e-mail at this company", maxLength = 200) String email,
        LocalDate startDate,
        @Schema(description = "empty while the person still works there") LocalDate endDate,
        @Schema(description = "the company's main contact person; default false") Boolean mainContact) {

    public EmploymentData {
        mainContact = Boolean.TRUE.equals(mainContact);
    }

    /** Whether the person works there on {@code day}. */
    public boolean currentOn(LocalDate day) {
        return (startDate == null || !startDate.isAfter(day)) && (endDate == null || !endDate.isBefore(day));
    }
}
