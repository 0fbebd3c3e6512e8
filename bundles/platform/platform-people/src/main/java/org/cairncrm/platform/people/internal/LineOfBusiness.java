package org.cairncrm.platform.people.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

import org.cairncrm.platform.persistence.AuditedEntity;
import org.cairncrm.platform.persistence.RecordType;

/** A branch of the company's trade (retail, wholesale, service); records belong to one. */
@Entity
@Table(name = "people_line")
@RecordType(value = "people.line", path = "lines")
public class LineOfBusiness extends AuditedEntity {

    static final String GENERAL = "general";

    @Column(name = "code", nullable = false, length = 40, unique = true)
    private String code;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected LineOfBusiness() {
    }

    LineOfBusiness(String code, String name) {
        this.code = code;
        this.name = name;
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    boolean active() {
        return active;
    }

    void change(String newName, boolean isActive) {
        name = newName;
        active = isActive;
    }
}
