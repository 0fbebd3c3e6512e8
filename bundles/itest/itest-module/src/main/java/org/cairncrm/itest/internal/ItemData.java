package org.cairncrm.itest.internal;

import java.time.LocalDate;

import org.cairncrm.platform.api.AuditStamp;
import org.cairncrm.platform.api.error.ValidationException;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An item as clients see it. On create, {@code id}, {@code version} and {@code audit} are ignored; on update
 * {@code version} must be the version the client read.
 */
@Schema(name = "Item")
public record ItemData(
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) Long id,
        @Schema(description = "version read; required on update") Long version,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100) String name,
        @Schema(minimum = "0") int quantity,
        LocalDate dueDate,
        @Schema(maxLength = 2000) String note,
        @Schema(description = "code of the item's line of business; default 'general'") String lineOfBusiness,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY, description = "employee owning the item: its creator")
        Long ownerId,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) AuditStamp audit) {

    void validate() {
        ValidationException.collect()
                .requireText(name, "name", 100)
                .check(quantity < 0, "quantity", "must be 0 or more")
                .check(dueDate != null && dueDate.getYear() < 1900, "dueDate", "must be in 1900 or later")
                .maxLength(note, "note", 2000)
                .throwIfAny();
    }
}
