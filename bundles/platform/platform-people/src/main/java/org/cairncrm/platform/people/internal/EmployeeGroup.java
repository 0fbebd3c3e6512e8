package org.cairncrm.platform.people.internal;

import java.util.HashSet;
import java.util.Set;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.JoinColumn;
import javax.persistence.JoinTable;
import javax.persistence.ManyToMany;
import javax.persistence.Table;

import org.cairncrm.platform.people.GroupKind;
import org.cairncrm.platform.persistence.AuditedEntity;
import org.cairncrm.platform.persistence.RecordType;

/** A department, a team or an ad-hoc set of employees; an employee may be in many. */
@Entity
@Table(name = "people_group")
@RecordType(value = "people.group", path = "groups")
public class EmployeeGroup extends AuditedEntity {

    @Column(name = "name", nullable = false, length = 100, unique = true)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private GroupKind kind;

    @Column(name = "description", length = 500)
    private String description;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "people_group_member", joinColumns = @JoinColumn(name = "group_id"),
            inverseJoinColumns = @JoinColumn(name = "employee_id"))
    private Set<Employee> members = new HashSet<>();

    protected EmployeeGroup() {
    }

    EmployeeGroup(String name, GroupKind kind) {
        this.name = name;
        this.kind = kind;
    }

    String name() {
        return name;
    }

    GroupKind kind() {
        return kind;
    }

    String description() {
        return description;
    }

    Set<Employee> members() {
        return Set.copyOf(members);
    }

    void describe(String name, GroupKind kind, String description) {
        this.name = name;
        this.kind = kind;
        this.description = description;
    }

    void members(Set<Employee> wanted) {
        if (!members.equals(wanted)) {
            members.clear();
            members.addAll(wanted);
        }
    }
}
