package org.cairncrm.platform.api.error;

/**
 * The change clashes with the record's current state, typically because someone else changed it since the caller
 * read it (stale version). REST answers 409.
 */
public class ConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }

    public ConflictException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The usual case: the caller edited version {@code sent}, the record is now at {@code current}. */
    public static ConflictException staleVersion(String type, long id, long sent, long current) {
        return new ConflictException(type + " " + id + " was changed by someone else (you edited version " + sent
                + ", it is now at version " + current + "); reload it and apply your change again");
    }
}
