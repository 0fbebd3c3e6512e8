package org.cairncrm.contacts;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A custom field ("variable information") admins add to company or representative cards without code: for all of
 * them, for the members of a group, or for one record.
 */
@Schema(name = "CustomField")
public record FieldDefinition(
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) Long id,
        @Schema(description = "version read; required on update") Long version,
        @Schema(description = "fixed once created") FieldTarget target,
        @Schema(description = "the key in values and filters: lowercase letters, digits and _; fixed once created",
                maxLength = 40) String name,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100) String label,
        @Schema(description = "fixed once created") FieldKind kind,
        @Schema(description = "the choices of CHOICE and MULTI_CHOICE fields") List<String> options,
        FieldScope scope,
        @Schema(description = "the group (scope GROUP) or record (scope RECORD)") Long scopeId,
        @Schema(description = "place on the card, smallest first") Integer position) {

    public FieldDefinition {
        options = options == null ? List.of() : List.copyOf(options);
    }
}
