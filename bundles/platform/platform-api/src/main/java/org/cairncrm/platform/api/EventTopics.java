package org.cairncrm.platform.api;

import java.util.regex.Pattern;

/**
 * Names of the OSGi EventAdmin topics Cairn posts on: {@code cairn/<module>/<Entity>/<CREATED|UPDATED|DELETED>} for
 * record changes and {@code cairn/<module>/<DomainEvent>} for domain events such as {@code cairn/journal/StepAdded}.
 * Events are posted after the transaction that made the change has committed.
 */
public final class EventTopics {

    /** Event property holding the changed record's {@link RecordRef} in its text form. */
    public static final String RECORD = "cairn.record";
    /** Event property holding the changed record's id (a {@code Long}). */
    public static final String ID = "cairn.id";
    /** Event property holding the login of the person who made the change. */
    public static final String BY = "cairn.by";

    private static final Pattern MODULE = Pattern.compile("[a-z][a-z0-9]*");
    private static final Pattern NAME = Pattern.compile("[A-Z][A-Za-z0-9]*");

    public enum Change { CREATED, UPDATED, DELETED }

    private EventTopics() {
    }

    /** {@code cairn/<module>/<Entity>/<change>} */
    public static String recordChange(String module, String entity, Change change) {
        return "cairn/" + check(MODULE, module) + "/" + check(NAME, entity) + "/" + change.name();
    }

    /** {@code cairn/<module>/<Entity>/*}: every change of one entity, for subscribers. */
    public static String anyChangeOf(String module, String entity) {
        return "cairn/" + check(MODULE, module) + "/" + check(NAME, entity) + "/*";
    }

    /** {@code cairn/<module>/<DomainEvent>} */
    public static String domain(String module, String event) {
        return "cairn/" + check(MODULE, module) + "/" + check(NAME, event);
    }

    private static String check(Pattern pattern, String part) {
        if (part == null || !pattern.matcher(part).matches()) {
            throw new IllegalArgumentException("'" + part + "' is not a valid topic part (" + pattern + ")");
        }
        return part;
    }
}
