package org.cairncrm.contacts;

import java.util.List;

import org.cairncrm.platform.api.RecordRef;

/**
 * Registered as an OSGi service by a module that refers to companies or representatives (the journal's cases, a
 * task's link): before a record is purged for good, every such service is asked what of its own still refers to it.
 */
public interface ContactReferences {

    /** What refers to {@code record}, in words a person understands ("3 journal cases"); empty when nothing. */
    List<String> referencesTo(RecordRef record);
}
