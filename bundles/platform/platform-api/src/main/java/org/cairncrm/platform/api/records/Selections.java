package org.cairncrm.platform.api.records;

import java.util.List;
import java.util.Map;

/** Saved sets of marked records, for email, labels and reports to work on. Needs a signed-in user. */
public interface Selections {

    /** Saves {@code ids} (at most 100,000) as a new selection; the name must be new among the caller's. */
    SelectionData create(SelectionData selection);

    /** The caller's selections and the shared ones, optionally of one record type, newest first. */
    List<SelectionData> list(String recordType);

    SelectionData get(long id);

    /** The record ids, in the order saved. */
    List<Long> ids(long id);

    /** The rows of the records, through the source of the selection's type (what the caller may see). */
    List<Map<String, Object>> rows(long id);

    /** Only its owner (or a holder of {@code people.selection.manage}) deletes a selection. */
    void delete(long id);

    /** The installed record sources. */
    List<RecordSource> sources();
}
