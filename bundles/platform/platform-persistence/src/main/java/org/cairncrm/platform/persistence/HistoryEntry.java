package org.cairncrm.platform.persistence;

import java.time.Instant;

/**
 * One line of change history as the platform writes it.
 *
 * @param path   {@code <module>/<REST collection>}, {@code itest/items}
 * @param owner  the record's owner when it is a {@link ScopedEntity}
 * @param line   the record's line of business when it is a {@link ScopedEntity}
 */
public record HistoryEntry(String recordType, String path, long recordId, Long owner, String line, String action,
                           String field, String oldValue, String newValue, String by, Instant at) {
}
