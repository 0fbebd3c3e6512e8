package org.cairncrm.platform.api.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Any signed-in caller may call it (their own profile, tokens, settings); see {@link RequiresPermission}. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresSignIn {

    /**
     * Whether a caller who must first replace their password may call it (reading their profile, changing the
     * password). Everything else answers such a caller 403 until they have.
     */
    boolean beforePasswordChange() default false;
}
