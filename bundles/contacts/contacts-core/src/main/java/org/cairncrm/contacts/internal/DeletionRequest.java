package org.cairncrm.contacts.internal;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.cairncrm.contacts.DeletionRequestData;
import org.cairncrm.contacts.DeletionState;
import org.cairncrm.platform.persistence.AuditedEntity;
import org.cairncrm.platform.persistence.RecordType;

/** A request to delete a company or representative, and its decision. */
@Entity
@Table(name = "contacts_deletion_request")
@RecordType(value = "contacts.deletion", path = "deletion-requests")
public class DeletionRequest extends AuditedEntity {

    @Column(name = "record_type", nullable = false, length = 40)
    private String recordType;
    @Column(name = "record_id", nullable = false)
    private long recordId;
    @Column(name = "record_name", nullable = false, length = 200)
    private String recordName;
    @Column(name = "reason", length = 1000)
    private String reason;
    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private DeletionState state;
    @Column(name = "decided_by", length = 100)
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "note", length = 1000)
    private String note;

    protected DeletionRequest() {
    }

    DeletionRequest(String recordType, long recordId, String recordName, String reason) {
        this.recordType = recordType;
        this.recordId = recordId;
        this.recordName = recordName.length() > 200 ? recordName.substring(0, 200) : recordName;
        this.reason = Company.blankToNull(reason);
        this.state = DeletionState.PENDING;
    }

    void decide(DeletionState decision, String by, Instant at, String why) {
        state = decision;
        decidedBy = by;
        decidedAt = at;
        note = Company.blankToNull(why);
    }

    DeletionState state() {
        return state;
    }

    String recordType() {
        return recordType;
    }

    long recordId() {
        return recordId;
    }

    DeletionRequestData toData() {
        return new DeletionRequestData(getId(), recordType, recordId, recordName, reason, state,
                auditStamp().createdBy(), auditStamp().createdAt(), decidedBy, decidedAt, note);
    }
}
