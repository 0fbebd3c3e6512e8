package org.cairncrm.console;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What wants the signed-in user's attention now, shown under the bell in the console's header (overdue tasks, a
 * locked account, a message): registered as an OSGi service by a module's {@code -ui} bundle. The bell counts the
 * notices of every provider the user may use each time a page opens, and lists them on a click.
 */
public interface NoticeProvider {

    /** The key a user needs for these notices; empty: everyone. */
    Optional<String> permission();

    /** At most {@code limit} notices for the signed-in user, most urgent first. */
    List<Notice> notices(int limit);

    /**
     * One notice.
     *
     * @param at    when it happened or falls due, shown beside it
     * @param route the console address that deals with it, {@code admin/accounts}
     */
    record Notice(String title, String detail, Instant at, String route) {
    }
}
