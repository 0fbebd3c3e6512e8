package org.cairncrm.contacts.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.cairncrm.contacts.DictionaryEntry;
import org.cairncrm.contacts.DictionaryKind;
import org.cairncrm.platform.persistence.AuditedEntity;
import org.cairncrm.platform.persistence.RecordType;

/** One entry of a contacts dictionary. */
@Entity
@Table(name = "contacts_dictionary")
@RecordType(value = "contacts.dictionary", path = "dictionaries")
public class DictionaryItem extends AuditedEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private DictionaryKind kind;
    @Column(name = "code", nullable = false, length = 40)
    private String code;
    @Column(name = "label", nullable = false, length = 100)
    private String label;
    @Column(name = "active", nullable = false)
    private boolean active;
    @Column(name = "position", nullable = false)
    private int position;

    protected DictionaryItem() {
    }

    DictionaryItem(DictionaryKind kind, String code) {
        this.kind = kind;
        this.code = code;
        this.active = true;
    }

    void apply(DictionaryEntry entry) {
        label = entry.label().strip();
        if (entry.active() != null) {
            active = entry.active();
        }
        if (entry.position() != null) {
            position = entry.position();
        }
    }

    DictionaryEntry toData() {
        return new DictionaryEntry(getId(), getVersion(), kind, code, label, active, position);
    }
}
