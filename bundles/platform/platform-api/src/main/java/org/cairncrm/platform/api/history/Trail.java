package org.cairncrm.platform.api.history;

import java.util.List;

/**
 * The history of one record, newest first.
 *
 * @param recordType the record's type, {@code itest.item}
 * @param owner      the employee owning the record at its last change, for data scope; null when unscoped
 * @param line       its line of business at its last change; null when unscoped
 */
public record Trail(String recordType, Long owner, String line, List<Change> changes) {
}
