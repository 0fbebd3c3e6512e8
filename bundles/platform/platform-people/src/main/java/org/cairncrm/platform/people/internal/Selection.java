package org.cairncrm.platform.people.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

import org.cairncrm.platform.api.records.SelectionData;
import org.cairncrm.platform.persistence.AuditedEntity;
import org.cairncrm.platform.persistence.RecordType;

/** A saved set of records of one type; its ids are {@link SelectionItem} rows. */
@Entity
@Table(name = "people_selection")
@RecordType(value = "people.selection", path = "selections")
public class Selection extends AuditedEntity {

    @Column(name = "name", nullable = false, length = 100)
    private String name;
    @Column(name = "record_type", nullable = false, length = 100)
    private String recordType;
    @Column(name = "owner_login", nullable = false, length = 100)
    private String owner;
    @Column(name = "shared", nullable = false)
    private boolean shared;
    @Column(name = "size", nullable = false)
    private int size;

    protected Selection() {
    }

    Selection(String name, String recordType, String owner, boolean shared, int size) {
        this.name = name;
        this.recordType = recordType;
        this.owner = owner;
        this.shared = shared;
        this.size = size;
    }

    String owner() {
        return owner;
    }

    boolean shared() {
        return shared;
    }

    String recordType() {
        return recordType;
    }

    SelectionData toData(java.util.List<Long> ids) {
        return new SelectionData(getId(), name, recordType, shared, owner, size, auditStamp().createdAt(), ids);
    }
}
