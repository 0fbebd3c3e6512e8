package org.cairncrm.platform.api.records;

import java.util.List;

/** Saved searches of the lists, personal or shared. */
public interface SavedFilters {

    SavedFilterData save(SavedFilterData filter);

    /** The caller's and the shared filters of one list, by name. */
    List<SavedFilterData> forList(String listKey);

    /** Only its owner (or a holder of {@code people.selection.manage}) removes one. */
    void remove(long id);
}
