package org.cairncrm.contacts;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One choice of a dictionary. The {@code code} is what records store and never changes; the {@code label} is what
 * people read. An inactive entry stays on the records that have it but is no longer offered.
 */
@Schema(name = "DictionaryEntry")
public record DictionaryEntry(
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) Long id,
        @Schema(description = "version read; required on update") Long version,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) DictionaryKind kind,
        @Schema(description = "lowercase letters, digits, - and _; fixed once created", maxLength = 40) String code,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100) String label,
        @Schema(description = "offered on cards; default true") Boolean active,
        @Schema(description = "place in the list, smallest first") Integer position) {
}
