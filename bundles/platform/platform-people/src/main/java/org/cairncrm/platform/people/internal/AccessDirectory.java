package org.cairncrm.platform.people.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.cairncrm.platform.api.access.Authenticator;
import org.cairncrm.platform.api.access.Identity;
import org.cairncrm.platform.persistence.ModuleSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Signs callers in and works out what they may do. Passwords go through the JAAS realm {@code cairn}; since a
 * proper password hash takes a noticeable time, a successful check is remembered for a few minutes under a SHA-256
 * of login and password (never the password), and forgotten as soon as the password, the account or any grant
 * changes. Identities are cached per login and dropped on every change of accounts, roles, grants or groups.
 */
@Component(service = {Authenticator.class, AccessDirectory.class})
public class AccessDirectory implements Authenticator {

    static final String REALM = "cairn";
    static final String TOKEN_PREFIX = "cairn_";
    private static final Duration REMEMBER_PASSWORD = Duration.ofMinutes(5);
    private static final Duration TOKEN_USE_PRECISION = Duration.ofMinutes(1);
    private static final int REMEMBERED_MAX = 10_000;

    private record Remembered(String login, Instant passwordStamp, Instant until) {
    }

    /** An identity as resolved in one generation of the access data and of its account. */
    private record Cached(Optional<PeopleIdentity> identity, long generation, long accountGeneration) {
    }

    private final JpaTemplate jpa;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Cached> identities = new ConcurrentHashMap<>();
    /**
     * Raised by every change: an identity resolved while a change was being made carries the older generation and
     * is resolved again on its next use, so no stale rights (or password stamp) can stick in the cache.
     */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();
    /** The same for one account's own changes (sign-in, password, lock), which concern no other account. */
    private final Map<String, Long> accountGenerations = new ConcurrentHashMap<>();
    private final Map<String, Remembered> remembered = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Remembered> eldest) {
            return size() > REMEMBERED_MAX;
        }
    };

    @Activate
    public AccessDirectory(@Reference(target = "(osgi.unit.name=cairn.people)") JpaTemplate jpa,
                           @Reference(target = "(cairn.module=people)") ModuleSchema schema) {
        this.jpa = jpa;
    }

    @Override
    public Optional<Identity> password(String login, char[] password) {
        String name = normalise(login);
        String key = sha256(name + '\0' + new String(password));
        Instant now = clock.instant();
        Remembered known;
        // a remembered check stands only while the account's password is the same (its stamp) and it is usable
        synchronized (remembered) {
            known = remembered.get(key);
        }
        if (known != null && known.until().isAfter(now)) {
            Optional<PeopleIdentity> identity = identity(name);
            if (identity.isPresent() && identity.get().passwordStamp().equals(known.passwordStamp())) {
                return Optional.of(identity.get());
            }
        }
        if (!jaasSignIn(name, password)) {
            return Optional.empty();
        }
        Optional<PeopleIdentity> identity = identity(name);
        identity.ifPresent(i -> {
            synchronized (remembered) {
                remembered.put(key, new Remembered(i.login(), i.passwordStamp(), now.plus(REMEMBER_PASSWORD)));
            }
        });
        return identity.map(Identity.class::cast);
    }

    @Override
    public Optional<Identity> token(String token) {
        if (token == null || !token.startsWith(TOKEN_PREFIX)) {
            return Optional.empty();
        }
        String hash = sha256(token);
        Instant now = clock.instant();
        Optional<String> login = jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                        "SELECT t FROM ApiToken t WHERE t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", hash).getResultList().stream().findFirst()
                .filter(t -> t.validAt(now))
                .map(t -> {
                    if (t.lastUsedAt() == null || t.lastUsedAt().plus(TOKEN_USE_PRECISION).isBefore(now)) {
                        t.used(now);
                    }
                    return t.account().login();
                }));
        return login.flatMap(this::identity).map(Identity.class::cast);
    }

    @Override
    public Optional<Identity> refresh(Identity identity) {
        if (!(identity instanceof PeopleIdentity known)) {
            return Optional.empty();
        }
        return identity(known.login()).filter(now -> now.passwordStamp().equals(known.passwordStamp()))
                .map(Identity.class::cast);
    }

    /** The identity of an enabled, not locked account; cached. */
    Optional<PeopleIdentity> identity(String login) {
        long current = generation.get();
        long account = accountGenerations.getOrDefault(login, 0L);
        Cached cached = identities.get(login);
        if (cached == null || cached.generation() != current || cached.accountGeneration() != account) {
            cached = new Cached(resolve(login), current, account);
            identities.put(login, cached);
        }
        Instant now = clock.instant();
        return cached.identity().filter(i -> !i.lockedAt(now));
    }

    /**
     * Forgets what is cached about one account: after a sign-in, a password change, a lock. The other accounts'
     * identities stay cached.
     */
    void changed(String login) {
        accountGenerations.merge(login, 1L, Long::sum);
        identities.remove(login);
    }

    /** Forgets everything cached: call after any change to roles, grants, groups or lines. */
    void changed() {
        generation.incrementAndGet();
        identities.clear();
        synchronized (remembered) {
            remembered.clear();
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String normalise(String login) {
        return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    }

    private Optional<PeopleIdentity> resolve(String login) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Optional<Account> found = em.createQuery("SELECT a FROM Account a WHERE a.login = :login", Account.class)
                    .setParameter("login", login).getResultList().stream().findFirst();
            if (found.isEmpty() || !found.get().enabled()) {
                return Optional.<PeopleIdentity>empty();
            }
            Account account = found.get();
            long employee = account.employee().getId();
            List<Long> groups = em.createQuery(
                            "SELECT g.id FROM EmployeeGroup g JOIN g.members m WHERE m.id = :employee", Long.class)
                    .setParameter("employee", employee).getResultList();
            Set<Long> team = new HashSet<>(List.of(employee));
            List<Role> roles;
            if (groups.isEmpty()) {
                roles = em.createQuery("SELECT DISTINCT g.role FROM Grant g WHERE g.account = :account", Role.class)
                        .setParameter("account", account).getResultList();
            } else {
                team.addAll(em.createQuery(
                                "SELECT DISTINCT m.id FROM EmployeeGroup g JOIN g.members m WHERE g.id IN :groups",
                                Long.class)
                        .setParameter("groups", groups).getResultList());
                roles = em.createQuery("SELECT DISTINCT g.role FROM Grant g WHERE g.account = :account "
                                + "OR g.group.id IN :groups", Role.class)
                        .setParameter("account", account).setParameter("groups", groups).getResultList();
            }
            Set<String> permissions = new HashSet<>();
            List<PeopleIdentity.RoleRights> rights = new ArrayList<>();
            for (Role role : roles) {
                permissions.addAll(role.permissions());
                rights.add(new PeopleIdentity.RoleRights(role.name(), role.permissions(), role.scopes(),
                        role.lines()));
            }
            Set<String> lines = new HashSet<>(em.createQuery(
                    "SELECT l.code FROM LineOfBusiness l WHERE l.active = :active", String.class)
                    .setParameter("active", true).getResultList());
            return Optional.of(new PeopleIdentity(account.login(), account.getId(), employee,
                    account.mustChangePassword(), permissions, rights, team, lines, account.passwordChangedAt(),
                    account.lockedUntil()));
        });
    }

    private static boolean jaasSignIn(String login, char[] password) {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(AccessDirectory.class.getClassLoader());
        LoginContext context;
        try {
            context = new LoginContext(REALM, new Subject(), callbacks -> {
                for (var callback : callbacks) {
                    if (callback instanceof NameCallback name) {
                        name.setName(login);
                    } else if (callback instanceof PasswordCallback pass) {
                        pass.setPassword(password);
                    } else {
                        throw new UnsupportedCallbackException(callback);
                    }
                }
            });
        } catch (LoginException notThereYet) {
            Thread.currentThread().setContextClassLoader(previous);
            throw new IllegalStateException("The sign-in realm '" + REALM + "' is not ready");
        }
        try {
            context.login();
            return true;
        } catch (LoginException e) {
            return false;
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }
}
