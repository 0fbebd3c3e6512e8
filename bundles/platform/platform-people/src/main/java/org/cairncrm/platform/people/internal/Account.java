package org.cairncrm.platform.people.internal;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

import org.cairncrm.platform.persistence.AuditedEntity;
import org.cairncrm.platform.persistence.HistoryIgnored;
import org.cairncrm.platform.persistence.HistoryMasked;
import org.cairncrm.platform.persistence.InstantConverter;
import org.cairncrm.platform.persistence.RecordType;

/** A login of an employee; one employee may have several (an administrator's and an everyday one). */
@Entity
@Table(name = "people_account")
@RecordType(value = "people.account", path = "accounts")
public class Account extends AuditedEntity {

    @Column(name = "login", nullable = false, length = 100, unique = true)
    private String login;

    @HistoryMasked
    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Convert(converter = InstantConverter.class)
    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Convert(converter = InstantConverter.class)
    @Column(name = "locked_until")
    private Instant lockedUntil;

    @HistoryIgnored
    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @HistoryIgnored
    @Convert(converter = InstantConverter.class)
    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @ManyToOne(optional = false)
    @JoinColumn(name = "employee_id", nullable = false)
    private Employee employee;

    protected Account() {
    }

    Account(String login, Employee employee, String passwordHash, boolean mustChangePassword, Instant now) {
        this.login = login;
        this.employee = employee;
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChangePassword;
        this.passwordChangedAt = now;
    }

    String login() {
        return login;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean enabled() {
        return enabled;
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    Employee employee() {
        return employee;
    }

    Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    Instant lockedUntil() {
        return lockedUntil;
    }

    Instant lastLoginAt() {
        return lastLoginAt;
    }

    void changePassword(String hash, boolean mustChange, Instant now) {
        passwordHash = hash;
        mustChangePassword = mustChange;
        passwordChangedAt = now;
        unlock();
    }

    void disable() {
        enabled = false;
    }

    void unlock() {
        enabled = true;
        lockedUntil = null;
        failedLogins = 0;
    }

    void signedIn(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    /** Counts a failed sign-in; locks the account for {@code lockFor} once {@code limit} failures follow each other. */
    void failedSignIn(int limit, java.time.Duration lockFor, Instant now) {
        failedLogins++;
        if (failedLogins >= limit) {
            lockedUntil = now.plus(lockFor);
            failedLogins = 0;
        }
    }
}
