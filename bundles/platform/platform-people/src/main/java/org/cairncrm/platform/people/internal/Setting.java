package org.cairncrm.platform.people.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

import org.cairncrm.platform.persistence.AuditedEntity;
import org.cairncrm.platform.persistence.RecordType;

/** A value set for a setting: global when it has no employee, else that employee's own. */
@Entity
@Table(name = "people_setting")
@RecordType(value = "people.setting", path = "settings")
public class Setting extends AuditedEntity {

    @Column(name = "setting_key", nullable = false, length = 100)
    private String key;

    @Column(name = "employee_id")
    private Long employeeId;

    @Column(name = "setting_value", nullable = false, length = 500)
    private String value;

    protected Setting() {
    }

    Setting(String key, Long employeeId, String value) {
        this.key = key;
        this.employeeId = employeeId;
        this.value = value;
    }

    String key() {
        return key;
    }

    Long employeeId() {
        return employeeId;
    }

    String value() {
        return value;
    }

    void value(String newValue) {
        value = newValue;
    }
}
