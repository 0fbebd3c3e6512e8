package org.cairncrm.platform.persistence;

import javax.persistence.Column;
import javax.persistence.MappedSuperclass;

/**
 * An entity whose records belong to a line of business and an owner (an employee), so that roles can limit who
 * sees them ({@link org.cairncrm.platform.api.access.RecordScope}). Tables need the columns
 * {@code line_of_business} and {@code owner_id} besides those of {@link AuditedEntity}.
 */
@MappedSuperclass
public abstract class ScopedEntity extends AuditedEntity {

    @Column(name = "line_of_business", nullable = false, length = 40)
    private String lineOfBusiness;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    public String lineOfBusiness() {
        return lineOfBusiness;
    }

    public Long ownerId() {
        return ownerId;
    }

    /** Moves the record; the caller checks first that they may ({@code Identity.mayUseLine}). */
    protected void assign(long owner, String line) {
        this.ownerId = owner;
        this.lineOfBusiness = line;
    }
}
