package org.cairncrm.contacts.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.cairncrm.contacts.ContactGroupData;
import org.cairncrm.contacts.GroupKind;
import org.cairncrm.platform.persistence.AuditedEntity;
import org.cairncrm.platform.persistence.RecordType;

/** A group of companies or of representatives; members are {@link GroupMember} rows. */
@Entity
@Table(name = "contacts_group")
@RecordType(value = "contacts.group", path = "groups")
public class ContactGroup extends AuditedEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private GroupKind kind;
    @Column(name = "name", nullable = false, length = 100)
    private String name;
    @Column(name = "description", length = 1000)
    private String description;

    protected ContactGroup() {
    }

    ContactGroup(GroupKind kind) {
        this.kind = kind;
    }

    void apply(ContactGroupData data) {
        name = data.name().strip();
        description = Company.blankToNull(data.description());
    }

    GroupKind kind() {
        return kind;
    }

    String name() {
        return name;
    }

    ContactGroupData toData(long members) {
        return new ContactGroupData(getId(), getVersion(), kind, name, description, members, auditStamp());
    }
}
