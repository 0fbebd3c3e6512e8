package org.cairncrm.console;

import org.cairncrm.platform.api.RecordRef;

import java.util.List;
import java.util.Optional;

/** Answers the global search box of the console for one kind of record; an OSGi service. */
public interface SearchProvider {

    /** What it finds, for the heading of its results: "Employees". */
    String title();

    /** The key a user needs for these results; empty: everyone. */
    Optional<String> permission();

    /** At most {@code limit} records matching {@code text}, for the signed-in user (their data scope applies). */
    List<SearchHit> search(String text, int limit);

    /** The record as a hit (its title), when it is of this provider's kind and the user may see it. */
    default Optional<SearchHit> find(RecordRef record) {
        return Optional.empty();
    }

    /**
     * One record found.
     *
     * @param route  the console address of its card, {@code admin/employees/4}
     * @param record the record itself, so that a record picker can link to it; null when it is no record
     */
    record SearchHit(String title, String detail, String route, RecordRef record) {

        /** A hit the address of whose card names the record by the usual pattern ({@link RecordLinks#record}). */
        public SearchHit(String title, String detail, String route) {
            this(title, detail, route, RecordLinks.record(route).orElse(null));
        }
    }
}
