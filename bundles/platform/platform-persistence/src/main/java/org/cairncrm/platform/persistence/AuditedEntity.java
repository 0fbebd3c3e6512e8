package org.cairncrm.platform.persistence;

import java.time.Instant;
import java.util.Map;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.EntityListeners;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.MappedSuperclass;
import javax.persistence.Transient;
import javax.persistence.Version;

import org.cairncrm.platform.api.AuditStamp;

/**
 * Base of every Cairn entity: a generated id, an optimistic-locking version and the audit stamp, filled in by the
 * platform. Tables need the columns {@code id} (identity), {@code version}, {@code created_by}, {@code created_at},
 * {@code modified_by}, {@code modified_at}.
 */
@MappedSuperclass
@EntityListeners(AuditStamper.class)
public abstract class AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "modified_by", nullable = false, length = 100)
    private String modifiedBy;

    @Convert(converter = InstantConverter.class)
    @Column(name = "modified_at", nullable = false)
    private Instant modifiedAt;

    /** The values as last loaded or written, to tell what an update changed; not persisted. */
    @Transient
    private transient Map<String, String> snapshot;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public AuditStamp auditStamp() {
        return new AuditStamp(createdBy, createdAt, modifiedBy, modifiedAt);
    }

    void stampCreated(String by, Instant at) {
        createdBy = by;
        createdAt = at;
        stampModified(by, at);
    }

    void stampModified(String by, Instant at) {
        modifiedBy = by;
        modifiedAt = at;
    }

    Map<String, String> snapshot() {
        return snapshot;
    }

    void snapshot(Map<String, String> values) {
        snapshot = values;
    }
}
