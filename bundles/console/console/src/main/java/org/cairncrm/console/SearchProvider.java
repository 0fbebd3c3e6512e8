package org.cairncrm.console;

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

    /**
     * One record found.
     *
     * @param route the console address of its card, {@code admin/employees/4}
     */
    record SearchHit(String title, String detail, String route) {
    }
}
