package org.cairncrm.contacts;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** A request to delete a company or representative, and its decision. */
@Schema(name = "DeletionRequest")
public record DeletionRequestData(
        Long id,
        @Schema(description = "contacts.company or contacts.representative") String recordType,
        long recordId,
        @Schema(description = "the record's name when it was asked for") String recordName,
        String reason,
        DeletionState state,
        String requestedBy,
        Instant requestedAt,
        String decidedBy,
        Instant decidedAt,
        @Schema(description = "what the approver said") String note) {
}
