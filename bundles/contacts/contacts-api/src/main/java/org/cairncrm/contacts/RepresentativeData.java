package org.cairncrm.contacts;

import java.time.LocalDate;
import java.util.List;

import org.cairncrm.platform.api.AuditStamp;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A person at customers, suppliers and other companies, with their employments. On update the employments sent
 * replace the stored ones (matched by id; new ones without id).
 */
@Schema(name = "Representative")
public record RepresentativeData(
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) Long id,
        @Schema(description = "version read; required on update") Long version,
        @Schema(maxLength = 100) String firstName,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100) String lastName,
        @Schema(description = "form of address or degree: Dr, Prof., Ms", maxLength = 50) String title,
        @Schema(description = "private or direct phone numbers") List<String> phones,
        @Schema(description = "private or direct e-mail addresses") List<String> emails,
        LocalDate birthday,
        @Schema(maxLength = 4000) String notes,
        @Schema(description = "code of the line of business; default 'general'") String lineOfBusiness,
        @Schema(description = "employee who looks after the person; default: its creator") Long ownerId,
        List<EmploymentData> employments,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) AuditStamp audit,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY, description = "when its deletion was approved: hidden "
                + "from lists, restorable") java.time.Instant archivedAt) {

    /** A person who is not archived (as clients send them). */
    public RepresentativeData(Long id, Long version, String firstName, String lastName, String title,
                              List<String> phones, List<String> emails, LocalDate birthday, String notes,
                              String lineOfBusiness, Long ownerId, List<EmploymentData> employments,
                              AuditStamp audit) {
        this(id, version, firstName, lastName, title, phones, emails, birthday, notes, lineOfBusiness, ownerId,
                employments, audit, null);
    }

    public RepresentativeData {
        phones = phones == null ? List.of() : List.copyOf(phones);
        emails = emails == null ? List.of() : List.copyOf(emails);
        employments = employments == null ? List.of() : List.copyOf(employments);
    }

    /** "Dr Anna Nowak". */
    public String displayName() {
        StringBuilder name = new StringBuilder();
        for (String part : new String[] {title, firstName, lastName}) {
            if (part != null && !part.isBlank()) {
                name.append(name.length() == 0 ? "" : " ").append(part.strip());
            }
        }
        return name.toString();
    }
}
