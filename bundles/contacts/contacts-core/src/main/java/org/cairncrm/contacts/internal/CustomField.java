package org.cairncrm.contacts.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.cairncrm.contacts.FieldDefinition;
import org.cairncrm.contacts.FieldKind;
import org.cairncrm.contacts.FieldScope;
import org.cairncrm.contacts.FieldTarget;
import org.cairncrm.platform.persistence.AuditedEntity;
import org.cairncrm.platform.persistence.RecordType;

/** The definition of a custom field. */
@Entity
@Table(name = "contacts_field")
@RecordType(value = "contacts.field", path = "fields")
public class CustomField extends AuditedEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "target", nullable = false, length = 20)
    private FieldTarget target;
    @Column(name = "name", nullable = false, length = 40)
    private String name;
    @Column(name = "label", nullable = false, length = 100)
    private String label;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private FieldKind kind;
    @Column(name = "options", length = 4000)
    private String options;
    @Enumerated(EnumType.STRING)
    @Column(name = "scope", nullable = false, length = 20)
    private FieldScope scope;
    @Column(name = "scope_id")
    private Long scopeId;
    @Column(name = "position", nullable = false)
    private int position;

    protected CustomField() {
    }

    CustomField(FieldTarget target, String name, FieldKind kind) {
        this.target = target;
        this.name = name;
        this.kind = kind;
    }

    void apply(FieldDefinition data) {
        label = data.label().strip();
        options = Lines.join(data.options());
        scope = data.scope() == null ? FieldScope.ALL : data.scope();
        scopeId = scope == FieldScope.ALL ? null : data.scopeId();
        position = data.position() == null ? position : data.position();
    }

    FieldKind kind() {
        return kind;
    }

    String name() {
        return name;
    }

    FieldDefinition toData() {
        return new FieldDefinition(getId(), getVersion(), target, name, label, kind, Lines.split(options), scope,
                scopeId, position);
    }
}
