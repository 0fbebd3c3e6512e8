package org.cairncrm.contacts;

import java.util.List;

/** The contacts dictionaries; reading needs {@link Companies#READ}, changing {@link #MANAGE}. */
public interface Dictionaries {

    String MANAGE = "contacts.dictionary.manage";

    /** The entries of {@code kind} in their order; inactive ones only when asked for. */
    List<DictionaryEntry> entries(DictionaryKind kind, boolean withInactive);

    DictionaryEntry create(DictionaryKind kind, DictionaryEntry entry);

    /** Changes label, order or active flag; the code stays. */
    DictionaryEntry update(long id, DictionaryEntry entry);
}
