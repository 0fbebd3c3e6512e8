package org.cairncrm.platform.people.internal;

import io.swagger.v3.oas.annotations.media.Schema;

/** The signed-in owner replaces their password. */
@Schema(name = "PasswordChange")
public record PasswordChange(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String currentPassword,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                description = "at least 10 characters with letters and digits or symbols, not the login")
        String newPassword) {
}
