package org.cairncrm.platform.api.records;

import java.util.List;

/**
 * A list's search saved under a name: the quick search text, the filters ({@code field:op:value}) and the sort, for
 * the list {@code listKey} (its record type). Personal, or shared with everyone.
 */
public record SavedFilterData(Long id, String name, String listKey, String query, List<String> filters, String sort,
                              Boolean shared, String owner) {
}
