package org.cairncrm.platform.api.history;

import java.util.Optional;

import org.cairncrm.platform.api.RecordRef;

/** Reads record histories and records events that are not field changes. An OSGi service. */
public interface RecordHistory {

    /**
     * @param module the module, {@code itest}
     * @param path   the record type as it appears in REST addresses, {@code items}
     * @return empty when the record never existed
     */
    Optional<Trail> of(String module, String path, long id);

    /**
     * Adds an event to a record's history in the current transaction (or on its own when there is none).
     *
     * @param path the module and REST collection of the record, {@code people/accounts}
     */
    void record(RecordRef ref, String path, String action, String field, String oldValue, String newValue);
}
