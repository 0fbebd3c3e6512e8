package org.cairncrm.platform.persistence;

import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the entity listener of {@link AuditedEntity} hands its history entries. JPA creates listeners itself, so
 * they cannot get OSGi services; the platform's history journal installs itself here instead.
 */
public final class ChangeTracking {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeTracking.class);
    private static volatile Consumer<HistoryEntry> journal;
    private static volatile boolean warned;

    private ChangeTracking() {
    }

    public static void install(Consumer<HistoryEntry> newJournal) {
        journal = newJournal;
    }

    public static void uninstall(Consumer<HistoryEntry> oldJournal) {
        if (journal == oldJournal) {
            journal = null;
        }
    }

    /**
     * Writes a change of {@code entity} that its entity listener cannot see, such as a value kept in a table of its
     * own (custom fields), into the record's history, in the running transaction.
     */
    public static void fieldChanged(AuditedEntity entity, String field, String oldValue, String newValue) {
        AuditStamper.record(entity, "UPDATED", field, EntitySnapshot.shown(oldValue), EntitySnapshot.shown(newValue));
    }

    static void record(HistoryEntry entry) {
        Consumer<HistoryEntry> current = journal;
        if (current != null) {
            current.accept(entry);
        } else if (!warned) {
            warned = true;
            LOG.warn("No history journal is running; changes are stamped but not kept in the history");
        }
    }
}
