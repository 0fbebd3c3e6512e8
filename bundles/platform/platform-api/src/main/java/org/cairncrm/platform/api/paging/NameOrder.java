package org.cairncrm.platform.api.paging;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * The order in which people expect names in a list: Polish alphabetical order (A Ą B C Ć ... L Ł M ... Z Ź Ż), which
 * for names without Polish letters is the ordinary alphabetical order, upper and lower case together. Lists sorted in
 * memory use it; the database sorts the same way (Derby is created with this territory's collation, see
 * {@code etc/org.ops4j.datasource-cairn.cfg}).
 */
public final class NameOrder {

    /** The collation's locale. */
    public static final Locale LOCALE = Locale.forLanguageTag("pl-PL");

    private static final Collator COLLATOR = Collator.getInstance(LOCALE);

    private NameOrder() {
    }

    /** Compares two names (null first); safe for any thread. */
    public static Comparator<String> comparator() {
        Collator own = (Collator) COLLATOR.clone();
        return Comparator.nullsFirst(own::compare);
    }

    /** A key that sorts as the name does, for sorting many names at once (faster than comparing them pairwise). */
    public static CollationKey key(String name) {
        synchronized (COLLATOR) {
            return COLLATOR.getCollationKey(name == null ? "" : name);
        }
    }
}
