package org.cairncrm.platform.people.internal;

import org.cairncrm.platform.people.EmployeeData;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

import org.cairncrm.platform.persistence.AuditedEntity;
import org.cairncrm.platform.persistence.RecordType;

/** A person of the company. */
@Entity
@Table(name = "people_employee")
@RecordType(value = "people.employee", path = "employees")
public class Employee extends AuditedEntity {

    @Column(name = "first_name", nullable = false, length = 100)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName;

    @Column(name = "position_title", length = 100)
    private String position;

    @Column(name = "department", length = 100)
    private String department;

    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "phone", length = 50)
    private String phone;

    @Column(name = "mobile", length = 50)
    private String mobile;

    @Column(name = "birthday")
    private LocalDate birthday;

    /** Month and day, {@code MM-DD}. */
    @Column(name = "name_day", length = 5)
    private String nameDay;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @ManyToOne
    @JoinColumn(name = "supervisor_id")
    private Employee supervisor;

    protected Employee() {
    }

    Employee(String firstName, String lastName) {
        this.firstName = firstName;
        this.lastName = lastName;
    }

    String fullName() {
        return firstName + " " + lastName;
    }

    boolean active() {
        return active;
    }

    Employee supervisor() {
        return supervisor;
    }

    EmployeeData toData() {
        return new EmployeeData(getId(), getVersion(), firstName, lastName, position, department, email, phone,
                mobile, birthday, nameDay, active, supervisor == null ? null : supervisor.getId(), auditStamp());
    }

    void apply(EmployeeData data, Employee newSupervisor) {
        firstName = data.firstName().strip();
        lastName = data.lastName().strip();
        position = EmployeeData.blankToNull(data.position());
        department = EmployeeData.blankToNull(data.department());
        email = EmployeeData.blankToNull(data.email());
        phone = EmployeeData.blankToNull(data.phone());
        mobile = EmployeeData.blankToNull(data.mobile());
        birthday = data.birthday();
        nameDay = EmployeeData.blankToNull(data.nameDay());
        active = data.active() == null || data.active();
        supervisor = newSupervisor;
    }
}
