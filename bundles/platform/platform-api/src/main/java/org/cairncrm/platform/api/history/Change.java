package org.cairncrm.platform.api.history;

import java.time.Instant;

/**
 * One line of a record's history.
 *
 * @param action   CREATED, UPDATED, DELETED or an event of the record such as SIGNED_IN, GRANTED, REVOKED
 * @param field    the changed field for UPDATED, else null
 * @param oldValue the value before, as text; null when it was empty
 * @param newValue the value after, as text; null when it became empty
 */
public record Change(Instant at, String by, String action, String field, String oldValue, String newValue) {
}
