package org.cairncrm.platform.people.internal;

import io.swagger.v3.oas.annotations.media.Schema;

/** A password an administrator sets; the owner must replace it at the next sign-in. */
@Schema(name = "NewPassword")
public record NewPassword(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String password) {
}
