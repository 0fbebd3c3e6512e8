package org.cairncrm.platform.people.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

import org.cairncrm.platform.persistence.AuditedEntity;

/** A named set of rights granted to accounts. */
@Entity
@Table(name = "people_role")
public class Role extends AuditedEntity {

    static final String ADMIN = "admin";

    @Column(name = "name", nullable = false, length = 100, unique = true)
    private String name;

    @Column(name = "label", nullable = false, length = 200)
    private String label;

    protected Role() {
    }

    Role(String name, String label) {
        this.name = name;
        this.label = label;
    }

    String name() {
        return name;
    }
}
