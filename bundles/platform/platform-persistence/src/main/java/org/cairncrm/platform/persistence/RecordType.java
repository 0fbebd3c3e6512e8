package org.cairncrm.platform.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names an entity's record type and its REST collection, for the change history
 * ({@code GET /api/<module>/<path>/<id>/history}). Without it the type is {@code <module>.<entity in lowercase>} and
 * the path that name plus "s".
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RecordType {
    /** {@code contacts.company} */
    String value();

    /** {@code companies} */
    String path();
}
