package org.cairncrm.platform.people.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.JoinColumn;
import javax.persistence.MapKeyColumn;
import javax.persistence.Table;

import org.cairncrm.platform.api.access.Scope;
import org.cairncrm.platform.persistence.AuditedEntity;
import org.cairncrm.platform.persistence.RecordType;

/**
 * A named set of permission keys with, per scoped record type, how far its holders see, limited to the lines of
 * business it names (none named: every line). Granted to accounts and employee groups by {@link Grant}s.
 */
@Entity
@Table(name = "people_role")
@RecordType(value = "people.role", path = "roles")
public class Role extends AuditedEntity {

    static final String ADMIN = "admin";

    @Column(name = "name", nullable = false, length = 100, unique = true)
    private String name;

    @Column(name = "label", nullable = false, length = 200)
    private String label;

    @Column(name = "description", length = 500)
    private String description;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "people_role_permission", joinColumns = @JoinColumn(name = "role_id"))
    @Column(name = "permission_key", length = 100)
    private Set<String> permissions = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "people_role_scope", joinColumns = @JoinColumn(name = "role_id"))
    @MapKeyColumn(name = "record_type", length = 100)
    @Column(name = "scope", length = 10)
    @Enumerated(EnumType.STRING)
    private Map<String, Scope> scopes = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "people_role_line", joinColumns = @JoinColumn(name = "role_id"))
    @Column(name = "line_code", length = 40)
    private Set<String> lines = new HashSet<>();

    protected Role() {
    }

    Role(String name, String label) {
        this.name = name;
        this.label = label;
    }

    String name() {
        return name;
    }

    String label() {
        return label;
    }

    String description() {
        return description;
    }

    Set<String> permissions() {
        return new TreeSet<>(permissions);
    }

    Map<String, Scope> scopes() {
        return new TreeMap<>(scopes);
    }

    Set<String> lines() {
        return new TreeSet<>(lines);
    }

    void describe(String name, String label, String description) {
        this.name = name;
        this.label = label;
        this.description = description;
    }

    void rights(Collection<String> newPermissions, Map<String, Scope> newScopes, Collection<String> newLines) {
        replace(permissions, newPermissions);
        if (!scopes.equals(newScopes)) {
            scopes.clear();
            scopes.putAll(newScopes);
        }
        replace(lines, newLines);
    }

    private static <T> void replace(Set<T> current, Collection<T> wanted) {
        if (!current.equals(new HashSet<>(wanted))) {
            current.clear();
            current.addAll(wanted);
        }
    }
}
