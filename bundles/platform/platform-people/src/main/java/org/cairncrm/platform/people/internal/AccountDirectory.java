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
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.cairncrm.platform.api.Caller;
import org.cairncrm.platform.api.StartupWork;
import org.cairncrm.platform.api.error.ValidationException;
import org.cairncrm.platform.people.AccountData;
import org.cairncrm.platform.people.Accounts;
import org.cairncrm.platform.people.NewAccount;
import org.cairncrm.platform.persistence.ModuleSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accounts in the database. On the first start, when there is no account at all, it creates the administrator
 * {@code admin} with a random password written to {@code data/initial-admin-password}, readable by the server's
 * owner only, to be changed at the first console sign-in.
 * <p>
 * Immediate, so that the administrator and its password file exist as soon as the people schema is ready (the module
 * counts as starting until then; accounts are added only after it). A delayed component was created by its first
 * user instead: on a plain first start only at the first sign-in attempt (the file was missing until then), and on a
 * restart on the framework's start-level thread, where a full-cost password hash held up every bundle behind it for
 * about a second. The initial password is random and is hashed with {@link PasswordHasher#hashGenerated}.
 */
@Component(service = {Accounts.class, AccountDirectory.class}, immediate = true)
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
    private final AccessDirectory access;
    private final HistoryJournal history;
    private final PasswordHasher hasher = new PasswordHasher();
    private final Clock clock = Clock.systemUTC();
    /** Creating the first administrator when there is no account yet; done once started. */
    private final Thread firstAdministrator;
    /** Hashed on first need, so that an unknown login costs as much time as a known one. */
    private volatile String decoy;

    @Activate
    public AccountDirectory(@Reference(target = "(osgi.unit.name=cairn.people)") JpaTemplate jpa,
                            @Reference(target = "(cairn.module=people)") ModuleSchema schema,
                            @Reference AccessDirectory access, @Reference HistoryJournal history,
                            @Reference StartupWork startup) {
        this.jpa = jpa;
        this.access = access;
        this.history = history;
        // the first query of the people's persistence unit deploys it (a second or more on a cold server): on a
        // thread of its own, counted as the module's start-up work, not on the thread that activated this component
        // (often the framework's, which would start no other bundle meanwhile)
        firstAdministrator = startup.inBackground("people", "checking for the first administrator", () -> {
            try {
                createFirstAdministrator();
            } catch (RuntimeException e) {
                LOG.error("Cannot check for or create the first administrator; it is checked again at the next "
                        + "start", e);
            }
        });
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        firstAdministrator.join(TimeUnit.SECONDS.toMillis(30));
    }

    /** Accounts are added only once the first administrator is decided: it is made only when there is no account. */
    private void awaitFirstAdministrator() {
        try {
            firstAdministrator.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the accounts are being prepared", e);
        }
    }

    @Override
    public SignIn signIn(String login, char[] password) {
        String name = AccessDirectory.normalise(login);
        // the sign-in and its bookkeeping are the account owner's own doing, in the history too
        SignIn result = Caller.runAs(name, () -> retrying(() -> jpa.txExpr(TransactionType.Required, em -> {
            Instant now = clock.instant();
            Optional<Account> found = byLogin(em, name);
            if (found.isEmpty()) {
                hasher.matches(password, decoy());
                return new Refused(Reason.UNKNOWN_OR_WRONG_PASSWORD);
            }
            Account account = found.get();
            Refused refused = null;
            if (!account.enabled()) {
                refused = new Refused(Reason.DISABLED);
            } else if (account.lockedAt(now)) {
                refused = new Refused(Reason.LOCKED);
            } else if (!hasher.matches(password, account.passwordHash())) {
                account.failedSignIn(LOCK_AFTER_FAILURES, LOCK_FOR, now);
                refused = account.lockedAt(now) ? new Refused(Reason.LOCKED)
                        : new Refused(Reason.UNKNOWN_OR_WRONG_PASSWORD);
            }
            if (refused != null) {
                history.record(ref(account), "SIGN_IN_REFUSED", null, null, refused.reason().name());
                return refused;
            }
            account.signedIn(now);
            history.record(ref(account), "SIGNED_IN", null, null, null);
            return new SignedIn(account.login(), account.employee().getId(), Set.of(),
                    account.mustChangePassword());
        })));
        if (result instanceof SignedIn in) {
            AUDIT.info("Sign-in of '{}' accepted", name);
            access.changed(name);
            Set<String> roles = access.identity(name).map(i -> i.roles().stream()
                    .map(PeopleIdentity.RoleRights::name).collect(java.util.stream.Collectors.toSet()))
                    .orElse(Set.of());
            return new SignedIn(in.login(), in.employeeId(), roles, in.mustChangePassword());
        }
        AUDIT.warn("Sign-in of '{}' refused: {}", name, ((Refused) result).reason());
        access.changed(name);
        return result;
    }

    /**
     * The owner changes their own password: the current one must be right (a wrong one counts as a failed
     * sign-in). Every sign-in made with the old password stops working.
     */
    @Override
    public void changeOwnPassword(String login, char[] current, char[] replacement) {
        String name = AccessDirectory.normalise(login);
        if (!(signIn(name, current) instanceof SignedIn)) {
            throw ValidationException.of("currentPassword", "is not right");
        }
        PasswordPolicy.check(name, replacement, "newPassword");
        if (Arrays.equals(current, replacement)) {
            throw ValidationException.of("newPassword", "must differ from the current password");
        }
        String hash = hasher.hash(replacement);
        change(name, account -> account.changePassword(hash, false, clock.instant()));
        AUDIT.info("Password of '{}' changed by its owner", name);
    }

    @Override
    public long create(String login, String firstName, String lastName, char[] password, Set<String> roles) {
        awaitFirstAdministrator();
        String name = AccessDirectory.normalise(login);
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
            em.persist(account);
            for (String r : roles) {
                em.persist(new Grant(role(em, r), account, null));
            }
            em.flush();
            return account.getId();
        });
        AUDIT.info("Account '{}' created by '{}' with roles {}", name, Caller.currentLogin(), roles);
        access.changed(name);
        return id;
    }

    @Override
    public void setPassword(String login, char[] password, boolean mustChange) {
        String name = AccessDirectory.normalise(login);
        PasswordPolicy.check(name, password, "password");
        String hash = hasher.hash(password);
        change(name, account -> account.changePassword(hash, mustChange, clock.instant()));
        AUDIT.info("Password of '{}' set by '{}'{}", name, Caller.currentLogin(),
                mustChange ? "; to be changed by its owner" : "");
    }

    @Override
    public void lock(String login) {
        String name = AccessDirectory.normalise(login);
        if (name.equals(Caller.currentLogin())) {
            throw new org.cairncrm.platform.api.error.ConflictException("You cannot lock your own account");
        }
        change(name, Account::disable);
        AUDIT.info("Account '{}' locked by '{}'", name, Caller.currentLogin());
    }

    @Override
    public void unlock(String login) {
        String name = AccessDirectory.normalise(login);
        change(name, Account::unlock);
        AUDIT.info("Account '{}' unlocked by '{}'", name, Caller.currentLogin());
    }

    private static final org.cairncrm.platform.persistence.JpaList<Account> LIST =
            org.cairncrm.platform.persistence.JpaList.of(Account.class)
                    .fields("login", "enabled", "lastLoginAt", "lockedUntil")
                    .quickSearch("login").defaultSort(org.cairncrm.platform.api.paging.Sort.asc("login"));

    @Override
    public org.cairncrm.platform.api.paging.Page<AccountData> list(org.cairncrm.platform.api.paging.PageRequest request) {
        return jpa.txExpr(TransactionType.Supports, em -> LIST.fetch(em, request).map(a -> data(em, a)));
    }

    AccountData get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> data(em, find(em, id)));
    }

    /** A further account of an existing employee; its owner must replace the password at the first sign-in. */
    @Override
    public AccountData add(NewAccount request) {
        awaitFirstAdministrator();
        String name = AccessDirectory.normalise(request.login());
        ValidationException.collect()
                .check(!LOGIN.matcher(name).matches(), "login",
                        "must be 2 to 100 characters: lowercase letters, digits and . _ @ -")
                .check(request.employeeId() == null, "employeeId", "must name the employee")
                .check(request.password() == null, "password", "must not be empty")
                .throwIfAny();
        char[] password = request.password().toCharArray();
        try {
            PasswordPolicy.check(name, password, "password");
            String hash = hasher.hash(password);
            AccountData created = jpa.txExpr(TransactionType.Required, em -> {
                if (byLogin(em, name).isPresent()) {
                    throw ValidationException.of("login", "is already taken");
                }
                Employee employee = em.find(Employee.class, request.employeeId());
                if (employee == null) {
                    throw ValidationException.of("employeeId", "no employee with id " + request.employeeId());
                }
                Account account = new Account(name, employee, hash, true, clock.instant());
                em.persist(account);
                em.flush();
                return data(em, account);
            });
            AUDIT.info("Account '{}' created by '{}'", name, Caller.currentLogin());
            return created;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    String loginOf(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> find(em, id).login());
    }

    @Override
    public void delete(long id) {
        String login = jpa.txExpr(TransactionType.Required, em -> {
            Account account = find(em, id);
            if (account.login().equals(Caller.currentLogin())) {
                throw new org.cairncrm.platform.api.error.ConflictException("You cannot delete your own account");
            }
            em.createQuery("SELECT g FROM Grant g WHERE g.account = :a", Grant.class).setParameter("a", account)
                    .getResultList().forEach(em::remove);
            em.createQuery("SELECT t FROM ApiToken t WHERE t.account = :a", ApiToken.class)
                    .setParameter("a", account).getResultList().forEach(em::remove);
            em.remove(account);
            return account.login();
        });
        AUDIT.info("Account '{}' deleted by '{}'", login, Caller.currentLogin());
        access.changed();
    }

    private static Account find(EntityManager em, long id) {
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw new org.cairncrm.platform.api.error.RecordNotFoundException("people.account", id);
        }
        return account;
    }

    private static AccountData data(EntityManager em, Account a) {
        java.util.List<String> roles = em.createQuery(
                        "SELECT g.role.name FROM Grant g WHERE g.account = :a ORDER BY g.role.name", String.class)
                .setParameter("a", a).getResultList();
        return new AccountData(a.getId(), a.getVersion(), a.login(), a.employee().getId(), a.employee().fullName(),
                a.enabled(), a.lockedUntil(), a.mustChangePassword(), a.passwordChangedAt(), a.lastLoginAt(), roles,
                a.auditStamp());
    }

    private void change(String login, java.util.function.Consumer<Account> change) {
        retrying(() -> {
            jpa.tx(TransactionType.Required, em -> {
                Account account = byLogin(em, login)
                        .orElseThrow(() -> ValidationException.of("login", "no account '" + login + "'"));
                change.accept(account);
            });
            return null;
        });
        access.changed(login);
    }

    /**
     * Runs {@code work} again (at most three times) when the account changed under it: a sign-in's bookkeeping (last
     * sign-in, failed attempts) and an administrator's change touch the same row, and neither may be lost.
     */
    static <T> T retrying(java.util.function.Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (attempt >= 3 || !optimisticLock(e)) {
                    throw e;
                }
            }
        }
    }

    private static boolean optimisticLock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getName().contains("OptimisticLock")) {
                return true;
            }
        }
        return false;
    }

    static org.cairncrm.platform.api.RecordRef ref(Account account) {
        return new org.cairncrm.platform.api.RecordRef("people.account", account.getId());
    }

    private static Optional<Account> byLogin(EntityManager em, String login) {
        return em.createQuery("SELECT a FROM Account a WHERE a.login = :login", Account.class)
                .setParameter("login", login).getResultList().stream().findFirst();
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
                .orElseThrow(() -> ValidationException.of("roles", "no role '" + name + "'; roles are: "
                        + em.createQuery("SELECT r.name FROM Role r ORDER BY r.name", String.class)
                                .getResultList()));
    }

    private void createFirstAdministrator() {
        long accounts = jpa.txExpr(TransactionType.Supports,
                em -> em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult());
        if (accounts > 0) {
            return;
        }
        char[] password = PasswordHasher.randomPassword(PasswordHasher.GENERATED_MIN_LENGTH);
        Path file = Path.of(System.getProperty("karaf.data", "data")).resolve(INITIAL_PASSWORD_FILE);
        Path pending = file.resolveSibling(INITIAL_PASSWORD_FILE + ".new");
        try {
            // written before the account exists, moved into place once it does: whoever finds the file can sign in
            writeOwnerOnly(pending, password);
            String hash = hasher.hashGenerated(password);
            Caller.runAs(Caller.SYSTEM, () -> jpa.txExpr(TransactionType.Required, em -> {
                Employee employee = new Employee("Cairn", "Administrator");
                em.persist(employee);
                Account admin = new Account(FIRST_ADMIN, employee, hash, true, clock.instant());
                em.persist(admin);
                em.persist(new Grant(role(em, Role.ADMIN), admin, null));
                return admin;
            }));
            Files.move(pending, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Created the first administrator account '{}'. Its password is in {} (readable by this "
                    + "server's user only) and must be changed at the first sign-in.", FIRST_ADMIN, file);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the first administrator's password: " + e.getMessage(), e);
        } finally {
            Arrays.fill(password, '\0');
            try {
                Files.deleteIfExists(pending);
            } catch (IOException e) {
                LOG.warn("Cannot remove {}: {}", pending, e.getMessage());
            }
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
