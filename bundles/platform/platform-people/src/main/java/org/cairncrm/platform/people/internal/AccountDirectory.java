package org.cairncrm.platform.people.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.cairncrm.platform.api.Caller;
import org.cairncrm.platform.api.error.ValidationException;
import org.cairncrm.platform.people.Accounts;
import org.cairncrm.platform.persistence.ModuleSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accounts in the database. On the first start, when there is no account at all, it creates the administrator
 * {@code admin} with a random password written to {@code data/initial-admin-password}, readable by the server's
 * owner only, to be changed at the first console sign-in.
 */
@Component(service = Accounts.class)
public class AccountDirectory implements Accounts {

    static final String FIRST_ADMIN = "admin";
    static final String INITIAL_PASSWORD_FILE = "initial-admin-password";
    static final int LOCK_AFTER_FAILURES = 5;
    static final Duration LOCK_FOR = Duration.ofMinutes(15);

    private static final Logger LOG = LoggerFactory.getLogger(AccountDirectory.class);
    /** Sign-ins and account changes, one line each; never a password. */
    private static final Logger AUDIT = LoggerFactory.getLogger("org.cairncrm.audit.accounts");
    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,99}");

    private final JpaTemplate jpa;
    private final PasswordHasher hasher = new PasswordHasher();
    private final Clock clock = Clock.systemUTC();
    /** Hashed on first need, so that an unknown login costs as much time as a known one. */
    private volatile String decoy;

    @Activate
    public AccountDirectory(@Reference(target = "(osgi.unit.name=cairn.people)") JpaTemplate jpa,
                            @Reference(target = "(cairn.module=people)") ModuleSchema schema) {
        this.jpa = jpa;
        createFirstAdministrator();
    }

    @Override
    public SignIn signIn(String login, char[] password) {
        String name = normalise(login);
        SignIn result = jpa.txExpr(TransactionType.Required, em -> {
            Instant now = clock.instant();
            Optional<Account> found = byLogin(em, name);
            if (found.isEmpty()) {
                hasher.matches(password, decoy());
                return new Refused(Reason.UNKNOWN_OR_WRONG_PASSWORD);
            }
            Account account = found.get();
            if (!account.enabled()) {
                return new Refused(Reason.DISABLED);
            }
            if (account.lockedAt(now)) {
                return new Refused(Reason.LOCKED);
            }
            if (!hasher.matches(password, account.passwordHash())) {
                account.failedSignIn(LOCK_AFTER_FAILURES, LOCK_FOR, now);
                return account.lockedAt(now) ? new Refused(Reason.LOCKED)
                        : new Refused(Reason.UNKNOWN_OR_WRONG_PASSWORD);
            }
            account.signedIn(now);
            return new SignedIn(account.login(), account.employee().getId(), account.roleNames(),
                    account.mustChangePassword());
        });
        if (result instanceof SignedIn) {
            AUDIT.info("Sign-in of '{}' accepted", name);
        } else {
            AUDIT.warn("Sign-in of '{}' refused: {}", name, ((Refused) result).reason());
        }
        return result;
    }

    @Override
    public long create(String login, String firstName, String lastName, char[] password, Set<String> roles) {
        String name = normalise(login);
        ValidationException.collect()
                .check(!LOGIN.matcher(name).matches(), "login",
                        "must be 2 to 100 characters: lowercase letters, digits and . _ @ -")
                .requireText(firstName, "firstName", 100)
                .requireText(lastName, "lastName", 100)
                .throwIfAny();
        PasswordPolicy.check(name, password, "password");
        String hash = hasher.hash(password);
        long id = jpa.txExpr(TransactionType.Required, em -> {
            if (byLogin(em, name).isPresent()) {
                throw ValidationException.of("login", "is already taken");
            }
            Employee employee = new Employee(firstName.strip(), lastName.strip());
            em.persist(employee);
            Account account = new Account(name, employee, hash, false, clock.instant());
            roles.forEach(r -> account.grant(role(em, r)));
            em.persist(account);
            em.flush();
            return account.getId();
        });
        AUDIT.info("Account '{}' created by '{}' with roles {}", name, Caller.currentLogin(), roles);
        return id;
    }

    @Override
    public void setPassword(String login, char[] password, boolean mustChange) {
        String name = normalise(login);
        PasswordPolicy.check(name, password, "password");
        String hash = hasher.hash(password);
        change(name, account -> account.changePassword(hash, mustChange, clock.instant()));
        AUDIT.info("Password of '{}' set by '{}'{}", name, Caller.currentLogin(),
                mustChange ? "; to be changed by its owner" : "");
    }

    @Override
    public void lock(String login) {
        String name = normalise(login);
        change(name, Account::disable);
        AUDIT.info("Account '{}' locked by '{}'", name, Caller.currentLogin());
    }

    @Override
    public void unlock(String login) {
        String name = normalise(login);
        change(name, Account::unlock);
        AUDIT.info("Account '{}' unlocked by '{}'", name, Caller.currentLogin());
    }

    private void change(String login, java.util.function.Consumer<Account> change) {
        jpa.tx(TransactionType.Required, em -> {
            Account account = byLogin(em, login)
                    .orElseThrow(() -> ValidationException.of("login", "no account '" + login + "'"));
            change.accept(account);
        });
    }

    private static Optional<Account> byLogin(EntityManager em, String login) {
        return em.createQuery("SELECT a FROM Account a WHERE a.login = :login", Account.class)
                .setParameter("login", login).getResultList().stream().findFirst();
    }

    private static String normalise(String login) {
        return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    }

    private String decoy() {
        if (decoy == null) {
            decoy = hasher.hash(PasswordHasher.randomPassword(20));
        }
        return decoy;
    }

    private static Role role(EntityManager em, String name) {
        return em.createQuery("SELECT r FROM Role r WHERE r.name = :name", Role.class)
                .setParameter("name", name).getResultList().stream().findFirst()
                .orElseGet(() -> {
                    Role role = new Role(name, name);
                    em.persist(role);
                    return role;
                });
    }

    private void createFirstAdministrator() {
        long accounts = jpa.txExpr(TransactionType.Supports,
                em -> em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult());
        if (accounts > 0) {
            return;
        }
        char[] password = PasswordHasher.randomPassword(20);
        try {
            Path file = Path.of(System.getProperty("karaf.data", "data")).resolve(INITIAL_PASSWORD_FILE);
            writeOwnerOnly(file, password);
            String hash = hasher.hash(password);
            Caller.runAs(Caller.SYSTEM, () -> jpa.txExpr(TransactionType.Required, em -> {
                Employee employee = new Employee("Cairn", "Administrator");
                em.persist(employee);
                Account admin = new Account(FIRST_ADMIN, employee, hash, true, clock.instant());
                admin.grant(role(em, Role.ADMIN));
                em.persist(admin);
                return admin;
            }));
            LOG.info("Created the first administrator account '{}'. Its password is in {} (readable by this "
                    + "server's user only) and must be changed at the first sign-in.", FIRST_ADMIN, file);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the first administrator's password: " + e.getMessage(), e);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static void writeOwnerOnly(Path file, char[] password) throws IOException {
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        Files.write(file, (new String(password) + System.lineSeparator()).getBytes(StandardCharsets.UTF_8),
                StandardOpenOption.TRUNCATE_EXISTING);
    }
}
