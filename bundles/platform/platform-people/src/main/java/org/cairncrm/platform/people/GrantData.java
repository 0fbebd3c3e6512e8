package org.cairncrm.platform.people;

import org.cairncrm.platform.api.AuditStamp;

import io.swagger.v3.oas.annotations.media.Schema;

/** A role granted to an account or to an employee group; give exactly one of {@code accountId}, {@code groupId}. */
@Schema(name = "Grant")
public record GrantData(
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) Long id,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long roleId,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String role,
        Long accountId,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String account,
        Long groupId,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String group,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) AuditStamp audit) {
}
