package org.cairncrm.platform.api.access;

import java.util.Set;

import org.cairncrm.platform.api.error.ValidationException;

/** The signed-in caller: their account, their employee, and what their roles let them do. Immutable. */
public interface Identity {

    String login();

    long employeeId();

    /** The account's first password (or one an administrator set) must be replaced before anything else. */
    boolean mustChangePassword();

    /** Permission keys of all the caller's roles; {@link Permission#EVERYTHING} for administrators. */
    Set<String> permissions();

    default boolean has(String permission) {
        return permissions().contains(Permission.EVERYTHING) || permissions().contains(permission);
    }

    /** The part of {@code recordType} the caller may see; {@link RecordScope#everything()} for unscoped types. */
    RecordScope scope(String recordType);

    /** Codes of the active lines of business. */
    Set<String> linesOfBusiness();

    /**
     * Checks that the caller may put a record of {@code recordType} owned by {@code owner} into {@code line}: the
     * line exists and the caller's scope covers it. Else a field error on {@code lineOfBusiness}.
     */
    default void requirePlacement(String recordType, String line, long owner) {
        if (line == null || !linesOfBusiness().contains(line)) {
            throw ValidationException.of("lineOfBusiness", "must be one of " + new java.util.TreeSet<>(
                    linesOfBusiness()));
        }
        if (!scope(recordType).permits(owner, line)) {
            throw ValidationException.of("lineOfBusiness", "you may not keep records of this kind in '" + line
                    + "'");
        }
    }
}
