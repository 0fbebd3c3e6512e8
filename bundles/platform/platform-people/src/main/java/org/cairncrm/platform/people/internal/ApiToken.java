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

/** A personal API token: only its SHA-256 is stored, the token itself is shown once when it is made. */
@Entity
@Table(name = "people_api_token")
@RecordType(value = "people.token", path = "tokens")
public class ApiToken extends AuditedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @HistoryMasked
    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    /** The first characters of the token, so that its owner can tell tokens apart. */
    @Column(name = "prefix", nullable = false, length = 16)
    private String prefix;

    @Convert(converter = InstantConverter.class)
    @Column(name = "expires_at")
    private Instant expiresAt;

    @HistoryIgnored
    @Convert(converter = InstantConverter.class)
    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
    }

    ApiToken(Account account, String name, String tokenHash, String prefix, Instant expiresAt) {
        this.account = account;
        this.name = name;
        this.tokenHash = tokenHash;
        this.prefix = prefix;
        this.expiresAt = expiresAt;
    }

    Account account() {
        return account;
    }

    String name() {
        return name;
    }

    String prefix() {
        return prefix;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    Instant lastUsedAt() {
        return lastUsedAt;
    }

    Instant revokedAt() {
        return revokedAt;
    }

    boolean validAt(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }

    void used(Instant now) {
        lastUsedAt = now;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }
}
