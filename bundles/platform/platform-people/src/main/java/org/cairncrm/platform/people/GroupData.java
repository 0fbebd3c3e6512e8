package org.cairncrm.platform.people;

import java.util.List;

import org.cairncrm.platform.api.AuditStamp;
import org.cairncrm.platform.api.error.ValidationException;

import io.swagger.v3.oas.annotations.media.Schema;

/** An employee group as clients see it; on update {@code version} must be the one read. */
@Schema(name = "EmployeeGroup")
public record GroupData(
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) Long id,
        @Schema(description = "version read; required on update") Long version,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100) String name,
        @Schema(description = "DEPARTMENT, TEAM or ADHOC; default TEAM") GroupKind kind,
        @Schema(maxLength = 500) String description,
        @Schema(description = "ids of the member employees") List<Long> memberIds,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) AuditStamp audit) {

    public void validate() {
        ValidationException.collect()
                .requireText(name, "name", 100)
                .maxLength(description, "description", 500)
                .throwIfAny();
    }
}
