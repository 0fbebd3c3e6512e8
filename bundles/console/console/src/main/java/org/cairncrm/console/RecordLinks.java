package org.cairncrm.console;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cairncrm.platform.api.RecordRef;

import com.vaadin.flow.component.html.Anchor;

/**
 * Where a record's card is in the console, by the pattern every module follows: a record {@code <module>.<type>}
 * has its card at {@code <module>/<types>/<id>} ({@code contacts.company:12} at {@code contacts/companies/12},
 * {@code journal.case:7} at {@code journal/cases/7}); employees at {@code admin/employees/<id>}.
 */
public final class RecordLinks {

    private static final Pattern CARD = Pattern.compile("([a-z][a-z0-9-]*)/([a-z][a-zA-Z0-9-]*)/(\\d+)");

    private RecordLinks() {
    }

    /** The console address of the record's card. */
    public static String route(RecordRef record) {
        if (record.type().equals("people.employee")) {
            return "admin/employees/" + record.id();
        }
        String type = record.type().substring(record.type().indexOf('.') + 1);
        return record.module() + "/" + plural(type) + "/" + record.id();
    }

    /** The record whose card is at {@code route}, when the address follows the pattern. */
    public static Optional<RecordRef> record(String route) {
        Matcher card = route == null ? null : CARD.matcher(route);
        if (card == null || !card.matches()) {
            return Optional.empty();
        }
        String module = card.group(1).equals("admin") && card.group(2).equals("employees") ? "people"
                : card.group(1);
        try {
            return Optional.of(new RecordRef(module + "." + singular(card.group(2)), Long.parseLong(card.group(3))));
        } catch (IllegalArgumentException notARecord) {
            return Optional.empty();
        }
    }

    /** A link to the record's card, opened inside the console (no page reload). */
    public static Anchor anchor(RecordRef record, String label) {
        Anchor link = new Anchor(route(record), label);
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    private static String plural(String type) {
        return type.endsWith("y") ? type.substring(0, type.length() - 1) + "ies" : type + "s";
    }

    private static String singular(String types) {
        if (types.endsWith("ies")) {
            return types.substring(0, types.length() - 3) + "y";
        }
        return types.endsWith("s") ? types.substring(0, types.length() - 1) : types;
    }
}
