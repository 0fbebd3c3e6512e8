/**
 * Records as rows of named fields, for work across modules: a module registers a {@link RecordSource} for each kind
 * of record it keeps; users save {@link Selections} (marked sets) and {@link SavedFilters}; email merges, labels and
 * reports take a selection and read its rows through the source of its type.
 */
@Version("1.0.0")
package org.cairncrm.platform.api.records;

import org.osgi.annotation.versioning.Version;
