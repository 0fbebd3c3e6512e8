package org.cairncrm.journal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.cairncrm.platform.api.AuditStamp;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A contact case: one topic handled with one customer (a lead, a sale, a support request, a complaint ...), led by
 * its owner, with the employees interested in it, its stage in the case type's pipeline and its next action.
 */
@Schema(name = "Case")
public record CaseData(
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) Long id,
        @Schema(description = "version read; required on update") Long version,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String topic,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "the customer (contacts.company)")
        Long companyId,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String companyName,
        @Schema(description = "main representative (contacts.representative)") Long representativeId,
        @Schema(description = "further representatives") List<Long> otherRepresentativeIds,
        @Schema(description = "employee leading the case; default: its creator") Long ownerId,
        @Schema(description = "employees told of every step") List<Long> interestedEmployeeIds,
        @Schema(description = "code of the case type (lead, sale, support, complaint ...)") String type,
        @Schema(description = "code of the status (open, waiting, won, lost, closed ...); default 'open'")
        String status,
        @Schema(description = "LOW, NORMAL (default), HIGH, URGENT") String priority,
        @Schema(description = "code of the sales stage in the type's pipeline") String stage,
        @Schema(description = "code of the line of business; default 'general'") String lineOfBusiness,
        @Schema(description = "required while the case is open") NextAction nextAction,
        @Schema(description = "the entry form's values by field code (the type's form and the fields of every case)")
        Map<String, String> fields,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) AuditStamp audit,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) Instant closedAt) {

    public CaseData {
        otherRepresentativeIds = otherRepresentativeIds == null ? List.of() : List.copyOf(otherRepresentativeIds);
        interestedEmployeeIds = interestedEmployeeIds == null ? List.of() : List.copyOf(interestedEmployeeIds);
        fields = fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(fields));
    }

    /** A new case's data: the topic, the customer, the type and the first next action. */
    public static CaseData open(String topic, long companyId, String type, NextAction next) {
        return new CaseData(null, null, topic, companyId, null, null, null, null, null, type, null, null, null, null,
                next, null, null, null);
    }

    /** Whether the next action is due before {@code today} in a case still open. */
    public boolean overdueOn(java.time.LocalDate today) {
        return closedAt == null && nextAction != null && nextAction.overdueOn(today);
    }
}
