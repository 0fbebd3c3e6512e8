package org.cairncrm.platform.people.internal;

import javax.persistence.Entity;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

import org.cairncrm.platform.persistence.AuditedEntity;
import org.cairncrm.platform.persistence.RecordType;

/** A role given to one account, or to every member of an employee group. */
@Entity
@Table(name = "people_grant")
@RecordType(value = "people.grant", path = "grants")
public class Grant extends AuditedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "role_id", nullable = false)
    private Role role;

    @ManyToOne
    @JoinColumn(name = "account_id")
    private Account account;

    @ManyToOne
    @JoinColumn(name = "group_id")
    private EmployeeGroup group;

    protected Grant() {
    }

    Grant(Role role, Account account, EmployeeGroup group) {
        this.role = role;
        this.account = account;
        this.group = group;
    }

    Role role() {
        return role;
    }

    Account account() {
        return account;
    }

    EmployeeGroup group() {
        return group;
    }

    String grantee() {
        return account != null ? "account '" + account.login() + "'" : "group '" + group.name() + "'";
    }
}
