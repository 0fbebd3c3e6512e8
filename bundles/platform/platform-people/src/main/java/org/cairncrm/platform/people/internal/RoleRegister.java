package org.cairncrm.platform.people.internal;

import org.cairncrm.platform.people.GrantData;
import org.cairncrm.platform.people.RoleData;
import org.cairncrm.platform.people.Roles;
import org.cairncrm.platform.people.EmployeeData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.cairncrm.platform.api.RecordRef;
import org.cairncrm.platform.api.access.Permission;
import org.cairncrm.platform.api.access.Scope;
import org.cairncrm.platform.api.error.ConflictException;
import org.cairncrm.platform.api.error.RecordNotFoundException;
import org.cairncrm.platform.api.error.ValidationException;
import org.cairncrm.platform.api.paging.Page;
import org.cairncrm.platform.api.paging.PageRequest;
import org.cairncrm.platform.api.paging.Sort;
import org.cairncrm.platform.persistence.JpaList;
import org.cairncrm.platform.persistence.ModuleSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Roles and their grants. A role keeps keys of modules that are not installed (they apply again when the module
 * comes back); new keys must be ones an installed module declares. The role {@code admin} always holds every key
 * and cannot be renamed or deleted, and its last grant to an enabled account cannot be withdrawn.
 */
@Component(service = {RoleRegister.class, Roles.class})
public class RoleRegister implements Roles {

    static final String TYPE = "people.role";
    /** Permission changes, one line each. */
    private static final Logger AUDIT = LoggerFactory.getLogger("org.cairncrm.audit.permissions");

    private static final JpaList<Role> LIST = JpaList.of(Role.class).fields("name", "label")
            .quickSearch("name", "label").defaultSort(Sort.asc("name"));
    private static final JpaList<Grant> GRANTS = JpaList.of(Grant.class).defaultSort(Sort.asc("id"));

    private final JpaTemplate jpa;
    private final AccessDirectory access;
    private final PermissionCatalog catalog;
    private final HistoryJournal history;

    @Activate
    public RoleRegister(@Reference(target = "(osgi.unit.name=cairn.people)") JpaTemplate jpa,
                        @Reference(target = "(cairn.module=people)") ModuleSchema schema,
                        @Reference AccessDirectory access, @Reference PermissionCatalog catalog,
                        @Reference HistoryJournal history) {
        this.jpa = jpa;
        this.access = access;
        this.catalog = catalog;
        this.history = history;
    }

    @Override
    public Page<RoleData> list(PageRequest request) {
        return jpa.txExpr(TransactionType.Supports, em -> LIST.fetch(em, request).map(RoleRegister::data));
    }

    @Override
    public RoleData get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> data(find(em, id)));
    }

    /** Finds a role by name, for the shell and demo data. */
    Role byName(EntityManager em, String name) {
        return em.createQuery("SELECT r FROM Role r WHERE r.name = :name", Role.class).setParameter("name", name)
                .getResultList().stream().findFirst()
                .orElseThrow(() -> ValidationException.of("role", "no role '" + name + "'"));
    }

    @Override
    public RoleData create(RoleData data) {
        data.validate();
        RoleData created = jpa.txExpr(TransactionType.Required, em -> {
            unique(em, data.name(), null);
            Role role = new Role(data.name(), data.label().strip());
            role.describe(data.name(), data.label().strip(), EmployeeData.blankToNull(data.description()));
            rights(em, role, data);
            em.persist(role);
            em.flush();
            return data(role);
        });
        AUDIT.info("Role '{}' created by '{}' with permissions {}", created.name(), org.cairncrm.platform.api.Caller
                .currentLogin(), created.permissions());
        access.changed();
        return created;
    }

    @Override
    public RoleData update(long id, RoleData data) {
        ValidationException.requireVersion(data.version());
        data.validate();
        RoleData updated = jpa.txExpr(TransactionType.Required, em -> {
            Role role = find(em, id);
            if (role.getVersion() != data.version()) {
                throw ConflictException.staleVersion(TYPE, id, data.version(), role.getVersion());
            }
            if (role.name().equals(Role.ADMIN) && !data.name().equals(Role.ADMIN)) {
                throw ValidationException.of("name", "the role 'admin' keeps its name");
            }
            unique(em, data.name(), id);
            role.describe(data.name(), data.label().strip(), EmployeeData.blankToNull(data.description()));
            rights(em, role, data);
            em.flush();
            return data(role);
        });
        AUDIT.info("Role '{}' changed by '{}': permissions {}, scopes {}, lines {}", updated.name(),
                org.cairncrm.platform.api.Caller.currentLogin(), updated.permissions(), updated.scopes(),
                updated.linesOfBusiness());
        access.changed();
        return updated;
    }

    @Override
    public void delete(long id) {
        String name = jpa.txExpr(TransactionType.Required, em -> {
            Role role = find(em, id);
            if (role.name().equals(Role.ADMIN)) {
                throw new ConflictException("The role 'admin' cannot be deleted");
            }
            for (Grant grant : em.createQuery("SELECT g FROM Grant g WHERE g.role = :r", Grant.class)
                    .setParameter("r", role).getResultList()) {
                revoked(grant);
                em.remove(grant);
            }
            em.remove(role);
            return role.name();
        });
        AUDIT.info("Role '{}' deleted by '{}'", name, org.cairncrm.platform.api.Caller.currentLogin());
        access.changed();
    }

    @Override
    public Page<GrantData> grants(PageRequest request, Long roleId, Long accountId, Long groupId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<GrantData> all = new ArrayList<>();
            StringBuilder jpql = new StringBuilder("SELECT g FROM Grant g WHERE 1 = 1");
            Map<String, Object> params = new HashMap<>();
            if (roleId != null) {
                jpql.append(" AND g.role.id = :role");
                params.put("role", roleId);
            }
            if (accountId != null) {
                jpql.append(" AND g.account.id = :account");
                params.put("account", accountId);
            }
            if (groupId != null) {
                jpql.append(" AND g.group.id = :group");
                params.put("group", groupId);
            }
            var query = em.createQuery(jpql.append(" ORDER BY g.id").toString(), Grant.class);
            params.forEach(query::setParameter);
            List<Grant> rows = query.getResultList();
            int from = (int) Math.min(rows.size(), request.offset());
            int to = Math.min(rows.size(), from + request.size());
            rows.subList(from, to).forEach(g -> all.add(data(g)));
            return new Page<>(all, rows.size(), request.page(), request.size());
        });
    }

    @Override
    public GrantData grant(GrantData data) {
        ValidationException.collect()
                .check(data.roleId() == null, "roleId", "must name the role")
                .check(data.accountId() == null && data.groupId() == null, "accountId",
                        "give an account or a group (groupId)")
                .check(data.accountId() != null && data.groupId() != null, "groupId",
                        "give an account or a group, not both")
                .throwIfAny();
        GrantData created = jpa.txExpr(TransactionType.Required, em -> {
            Role role = em.find(Role.class, data.roleId());
            if (role == null) {
                throw ValidationException.of("roleId", "no role with id " + data.roleId());
            }
            Account account = data.accountId() == null ? null : em.find(Account.class, data.accountId());
            if (data.accountId() != null && account == null) {
                throw ValidationException.of("accountId", "no account with id " + data.accountId());
            }
            EmployeeGroup group = data.groupId() == null ? null : em.find(EmployeeGroup.class, data.groupId());
            if (data.groupId() != null && group == null) {
                throw ValidationException.of("groupId", "no group with id " + data.groupId());
            }
            boolean exists = !em.createQuery("SELECT g FROM Grant g WHERE g.role = :r AND "
                            + (account != null ? "g.account = :who" : "g.group = :who"), Grant.class)
                    .setParameter("r", role).setParameter("who", account != null ? account : group)
                    .getResultList().isEmpty();
            if (exists) {
                throw new ConflictException("The role '" + role.name() + "' is already granted to that "
                        + (account != null ? "account" : "group"));
            }
            Grant grant = new Grant(role, account, group);
            em.persist(grant);
            em.flush();
            history.record(new RecordRef(TYPE, role.getId()), "GRANTED", "grantee", null, grant.grantee());
            if (account != null) {
                history.record(AccountDirectory.ref(account), "GRANTED", "role", null, role.name());
            } else {
                history.record(new RecordRef(GroupRegister.TYPE, group.getId()), "GRANTED", "role", null,
                        role.name());
            }
            AUDIT.info("Role '{}' granted to {} by '{}'", role.name(), grant.grantee(),
                    org.cairncrm.platform.api.Caller.currentLogin());
            return data(grant);
        });
        access.changed();
        return created;
    }

    @Override
    public void revoke(long id) {
        jpa.tx(TransactionType.Required, em -> {
            Grant grant = em.find(Grant.class, id);
            if (grant == null) {
                throw new RecordNotFoundException("people.grant", id);
            }
            if (grant.role().name().equals(Role.ADMIN) && grant.account() != null) {
                long others = em.createQuery("SELECT COUNT(g) FROM Grant g WHERE g.role = :r AND g.id <> :id "
                                + "AND g.account IS NOT NULL AND g.account.enabled = :enabled", Long.class)
                        .setParameter("enabled", true).setParameter("r", grant.role()).setParameter("id", id).getSingleResult();
                if (others == 0) {
                    throw new ConflictException("This is the last account with the role 'admin'; grant it to "
                            + "another account first");
                }
            }
            revoked(grant);
            AUDIT.info("Role '{}' withdrawn from {} by '{}'", grant.role().name(), grant.grantee(),
                    org.cairncrm.platform.api.Caller.currentLogin());
            em.remove(grant);
        });
        access.changed();
    }

    @Override
    public Map<String, Permission> declaredPermissions() {
        return catalog.permissions();
    }

    @Override
    public Map<String, org.cairncrm.platform.api.access.ScopedType> scopedTypes() {
        return catalog.scopedTypes();
    }

    /** Declared keys plus the keys stored in roles that no installed module declares now. */
    Set<String> storedKeys() {
        return jpa.txExpr(TransactionType.Supports, em -> new TreeSet<>(em.createQuery(
                "SELECT DISTINCT p FROM Role r JOIN r.permissions p", String.class).getResultList()));
    }

    private void revoked(Grant grant) {
        Role role = grant.role();
        history.record(new RecordRef(TYPE, role.getId()), "REVOKED", "grantee", grant.grantee(), null);
        if (grant.account() != null) {
            history.record(AccountDirectory.ref(grant.account()), "REVOKED", "role", role.name(), null);
        } else {
            history.record(new RecordRef(GroupRegister.TYPE, grant.group().getId()), "REVOKED", "role",
                    role.name(), null);
        }
    }

    private void rights(EntityManager em, Role role, RoleData data) {
        Set<String> current = role.permissions();
        Set<String> wanted = new HashSet<>(data.permissions() == null ? List.of() : data.permissions());
        Map<String, Scope> scopes = data.scopes() == null ? Map.of() : data.scopes();
        Set<String> lines = new HashSet<>(data.linesOfBusiness() == null ? List.of() : data.linesOfBusiness());
        var declared = catalog.permissions();
        var scopedTypes = catalog.scopedTypes();
        Set<String> knownLines = new HashSet<>(em.createQuery("SELECT l.code FROM LineOfBusiness l", String.class)
                .getResultList());
        ValidationException.Collector errors = ValidationException.collect();
        for (String key : wanted) {
            if (!Permission.isValidKey(key)) {
                errors.add("permissions", "'" + key + "' is not a permission key");
            } else if (!key.equals(Permission.EVERYTHING) && !declared.containsKey(key) && !current.contains(key)) {
                errors.add("permissions", "no installed module declares '" + key + "'");
            }
        }
        if (role.name().equals(Role.ADMIN) && !wanted.contains(Permission.EVERYTHING)) {
            errors.add("permissions", "the role 'admin' keeps '*'");
        }
        Map<String, Scope> currentScopes = role.scopes();
        scopes.forEach((type, scope) -> {
            if (scope == null) {
                errors.add("scopes", "'" + type + "' needs OWN, TEAM or ALL");
            } else if (!scopedTypes.containsKey(type) && !currentScopes.containsKey(type)) {
                errors.add("scopes", "'" + type + "' is not a record type with data scope; known: "
                        + scopedTypes.keySet());
            }
        });
        for (String line : lines) {
            errors.check(!knownLines.contains(line), "linesOfBusiness", "no line of business '" + line + "'");
        }
        errors.throwIfAny();
        role.rights(wanted, scopes, lines);
    }

    private static void unique(EntityManager em, String name, Long self) {
        boolean taken = em.createQuery("SELECT r FROM Role r WHERE r.name = :name", Role.class)
                .setParameter("name", name).getResultList().stream().anyMatch(r -> !r.getId().equals(self));
        if (taken) {
            throw ValidationException.of("name", "another role is called '" + name + "'");
        }
    }

    static Role find(EntityManager em, long id) {
        Role role = em.find(Role.class, id);
        if (role == null) {
            throw new RecordNotFoundException(TYPE, id);
        }
        return role;
    }

    private static RoleData data(Role r) {
        return new RoleData(r.getId(), r.getVersion(), r.name(), r.label(), r.description(),
                List.copyOf(r.permissions()), r.scopes(), List.copyOf(r.lines()), r.auditStamp());
    }

    private static GrantData data(Grant g) {
        return new GrantData(g.getId(), g.role().getId(), g.role().name(),
                g.account() == null ? null : g.account().getId(), g.account() == null ? null : g.account().login(),
                g.group() == null ? null : g.group().getId(), g.group() == null ? null : g.group().name(),
                g.auditStamp());
    }
}
