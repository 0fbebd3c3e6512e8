package org.cairncrm.platform.people;

import java.util.Set;

/** Signs people in against their accounts; an OSGi service. */
public interface Accounts {

    /** The outcome of a sign-in. Failures say nothing about whether the login exists. */
    sealed interface SignIn permits SignedIn, Refused {
    }

    /**
     * @param login              the account's login
     * @param employeeId         the employee the account belongs to
     * @param roles              names of the roles granted to the account
     * @param mustChangePassword true until the account's first password is replaced by its owner
     */
    record SignedIn(String login, long employeeId, Set<String> roles, boolean mustChangePassword) implements SignIn {
    }

    /** @param reason for the log and the audit trail, never for the caller */
    record Refused(Reason reason) implements SignIn {
    }

    enum Reason { UNKNOWN_OR_WRONG_PASSWORD, LOCKED, DISABLED }

    /** Checks the password; counts failures and locks the account after too many. */
    SignIn signIn(String login, char[] password);

    /**
     * Creates an employee with one account. The password must follow the password policy (field errors on
     * {@code password}); a login already taken is a field error on {@code login}.
     *
     * @param roles names of existing or new roles to grant
     * @return the new account's id
     */
    long create(String login, String firstName, String lastName, char[] password, Set<String> roles);

    /**
     * Sets a new password (policy checked, field {@code password}) and clears a lockout.
     *
     * @param mustChange true when someone other than the owner sets it: the owner must replace it at the next
     *                   console sign-in
     */
    void setPassword(String login, char[] password, boolean mustChange);

    /**
     * The owner replaces their own password: {@code current} must be right (field {@code currentPassword}; a wrong
     * one counts as a failed sign-in), {@code replacement} must follow the policy (field {@code newPassword}). Every
     * sign-in made with the old password ends.
     */
    void changeOwnPassword(String login, char[] current, char[] replacement);

    /**
     * Deletes an account with its grants and tokens; its history stays. Nobody deletes their own (a
     * {@code ConflictException}).
     */
    void delete(long id);

    /** A page of accounts; sortable and filterable by login, enabled, lastLoginAt, lockedUntil. */
    org.cairncrm.platform.api.paging.Page<AccountData> list(org.cairncrm.platform.api.paging.PageRequest request);

    /**
     * A further account of an existing employee; its owner must replace the password at the first sign-in. Field
     * errors on {@code login}, {@code employeeId}, {@code password}.
     */
    AccountData add(NewAccount request);

    /** Disables the account until {@link #unlock(String)}: no sign-in at all. */
    void lock(String login);

    /** Enables the account again and clears a lockout after wrong passwords. */
    void unlock(String login);
}
