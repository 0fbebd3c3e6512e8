package org.cairncrm.platform.api.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The caller must be signed in and hold at least one of these permission keys. The platform refuses to serve a
 * resource method that carries none of {@link RequiresPermission}, {@link RequiresSignIn} or {@link PublicAccess}
 * (on the method or its class): a guard cannot be forgotten.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresPermission {
    String[] value();
}
