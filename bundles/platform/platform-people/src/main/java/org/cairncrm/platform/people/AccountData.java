package org.cairncrm.platform.people;

import java.time.Instant;
import java.util.List;

import org.cairncrm.platform.api.AuditStamp;

import io.swagger.v3.oas.annotations.media.Schema;

/** An account as administrators see it; never its password or hash. */
@Schema(name = "Account")
public record AccountData(
        long id,
        long version,
        String login,
        long employeeId,
        String employeeName,
        @Schema(description = "false once locked by an administrator") boolean enabled,
        @Schema(description = "set after repeated wrong passwords") Instant lockedUntil,
        @Schema(description = "the owner must choose a new password at the next sign-in") boolean mustChangePassword,
        Instant passwordChangedAt,
        Instant lastLoginAt,
        @Schema(description = "roles granted to the account itself (more may come through its employee's groups)")
        List<String> roles,
        AuditStamp audit) {
}
