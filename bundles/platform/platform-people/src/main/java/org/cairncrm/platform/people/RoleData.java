package org.cairncrm.platform.people;

import java.util.List;
import java.util.Map;

import org.cairncrm.platform.api.AuditStamp;
import org.cairncrm.platform.api.access.Scope;
import org.cairncrm.platform.api.error.ValidationException;

import io.swagger.v3.oas.annotations.media.Schema;

/** A role as clients see it; on update {@code version} must be the one read. */
@Schema(name = "Role")
public record RoleData(
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) Long id,
        @Schema(description = "version read; required on update") Long version,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "short name: lowercase, digits, -")
        String name,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String label,
        @Schema(maxLength = 500) String description,
        @Schema(description = "permission keys, see GET /api/people/permissions; '*' is everything")
        List<String> permissions,
        @Schema(description = "per scoped record type: OWN, TEAM or ALL; a type the role may read but not named "
                + "here is OWN") Map<String, Scope> scopes,
        @Schema(description = "codes of the lines of business the role covers; empty for all")
        List<String> linesOfBusiness,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) AuditStamp audit) {

    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[a-z][a-z0-9-]{0,49}");

    public void validate() {
        ValidationException.collect()
                .check(name == null || !NAME.matcher(name).matches(), "name",
                        "must be 1 to 50 lowercase letters, digits or '-', starting with a letter")
                .requireText(label, "label", 200)
                .maxLength(description, "description", 500)
                .throwIfAny();
    }
}
