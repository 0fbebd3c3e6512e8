package org.cairncrm.platform.people;

import io.swagger.v3.oas.annotations.media.Schema;

/** An account to add to an existing employee; its owner must change the password at the first sign-in. */
@Schema(name = "NewAccount")
public record NewAccount(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "lowercase letters, digits, . _ @ -")
        String login,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long employeeId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "a first password, by the policy")
        String password) {
}
