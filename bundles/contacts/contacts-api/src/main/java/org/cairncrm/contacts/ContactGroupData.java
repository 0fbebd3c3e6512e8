package org.cairncrm.contacts;

import org.cairncrm.platform.api.AuditStamp;

import io.swagger.v3.oas.annotations.media.Schema;

/** A group of companies or of representatives; a record may be in any number of groups. */
@Schema(name = "ContactGroup")
public record ContactGroupData(
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) Long id,
        @Schema(description = "version read; required on update") Long version,
        @Schema(description = "fixed once created") GroupKind kind,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100) String name,
        @Schema(maxLength = 1000) String description,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY, description = "how many records are in it") Long members,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) AuditStamp audit) {
}
