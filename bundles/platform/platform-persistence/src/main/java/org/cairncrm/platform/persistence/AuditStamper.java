package org.cairncrm.platform.persistence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import javax.persistence.PrePersist;
import javax.persistence.PreUpdate;

import org.cairncrm.platform.api.Caller;

/** Stamps who and when on every insert and update; entities get it through {@link AuditedEntity}. */
public class AuditStamper {

    @PrePersist
    void created(AuditedEntity entity) {
        entity.stampCreated(Caller.currentLogin(), now());
    }

    @PreUpdate
    void modified(AuditedEntity entity) {
        entity.stampModified(Caller.currentLogin(), now());
    }

    // Milliseconds: what every supported database keeps, so a stamp reads back as it was written.
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
