package org.cairncrm.platform.persistence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;

import javax.persistence.PostLoad;
import javax.persistence.PostPersist;
import javax.persistence.PrePersist;
import javax.persistence.PreRemove;
import javax.persistence.PreUpdate;

import org.cairncrm.platform.api.Caller;

/**
 * Stamps who and when on every insert and update, and writes the change history: a line when a record is created
 * or deleted, one per changed field when it is updated. Entities get it through {@link AuditedEntity}.
 */
public class AuditStamper {

    @PrePersist
    void created(AuditedEntity entity) {
        entity.stampCreated(Caller.currentLogin(), now());
    }

    @PostPersist
    void inserted(AuditedEntity entity) {
        entity.snapshot(EntitySnapshot.values(entity));
        record(entity, "CREATED", null, null, null);
    }

    @PostLoad
    void loaded(AuditedEntity entity) {
        entity.snapshot(EntitySnapshot.values(entity));
    }

    @PreUpdate
    void modified(AuditedEntity entity) {
        entity.stampModified(Caller.currentLogin(), now());
        Map<String, String> before = entity.snapshot();
        Map<String, String> after = EntitySnapshot.values(entity);
        if (before != null) {
            after.forEach((field, value) -> {
                String old = before.get(field);
                if (!Objects.equals(old, value)) {
                    record(entity, "UPDATED", field, EntitySnapshot.shown(old), EntitySnapshot.shown(value));
                }
            });
        }
        entity.snapshot(after);
    }

    @PreRemove
    void removed(AuditedEntity entity) {
        record(entity, "DELETED", null, null, null);
    }

    static void record(AuditedEntity entity, String action, String field, String oldValue,
                               String newValue) {
        if (entity.getId() == null) {
            return;
        }
        EntitySnapshot.Shape shape = EntitySnapshot.shape(entity.getClass());
        Long owner = entity instanceof ScopedEntity scoped ? scoped.ownerId() : null;
        String line = entity instanceof ScopedEntity scoped ? scoped.lineOfBusiness() : null;
        ChangeTracking.record(new HistoryEntry(shape.recordType(), shape.path(), entity.getId(), owner, line, action,
                field, oldValue, newValue, Caller.currentLogin(), now()));
    }

    // Milliseconds: what every supported database keeps, so a stamp reads back as it was written.
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
