package org.cairncrm.platform.api.records;

import java.time.Instant;
import java.util.List;

/**
 * A named set of records of one type, saved by a user (shared: everyone may use it). {@code ids} are given on
 * creation and read with {@link Selections#ids(long)}; lists of selections leave them out.
 */
public record SelectionData(Long id, String name, String recordType, Boolean shared, String owner, Integer size,
                            Instant createdAt, List<Long> ids) {
}
