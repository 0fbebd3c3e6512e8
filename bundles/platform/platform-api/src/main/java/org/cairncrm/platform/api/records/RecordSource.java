package org.cairncrm.platform.api.records;

import java.util.List;
import java.util.Map;

import org.cairncrm.platform.api.paging.PageRequest;

/**
 * A kind of record as rows of named fields (name, address, phone ...), registered as an OSGi service by the module
 * that keeps it. Everything is read as the signed-in user: records they may not see are left out.
 */
public interface RecordSource {

    /** {@code contacts.company} */
    String recordType();

    /** "Companies", for choosing a source. */
    String title();

    /** The fields every row has, in a sensible order. */
    List<MergeField> fields();

    /** The rows of {@code ids}, in that order, without those the caller may not see (or that are gone). */
    List<Map<String, Object>> rows(List<Long> ids);

    /** The ids of the records a list request matches (its quick search and filters), at most {@code limit}. */
    List<Long> ids(PageRequest request, int limit);
}
