package org.cairncrm.platform.api.access;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

import org.cairncrm.platform.api.Caller;
import org.cairncrm.platform.api.error.ForbiddenException;
import org.cairncrm.platform.api.error.NotSignedInException;

/**
 * The one permission check of Cairn. The REST layer and the console set the caller's identity for each request;
 * everything else asks here.
 *
 * <pre>{@code
 * Access.require("contacts.company.delete");
 * RecordScope visible = Access.scope("contacts.company");
 * }</pre>
 */
public final class Access {

    private static final ThreadLocal<Identity> CURRENT = new ThreadLocal<>();

    private Access() {
    }

    /** The signed-in caller of this thread, if any. */
    public static Optional<Identity> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The signed-in caller; {@link NotSignedInException} (401) when nobody is. */
    public static Identity signedIn() {
        Identity identity = CURRENT.get();
        if (identity == null) {
            throw new NotSignedInException();
        }
        return identity;
    }

    /**
     * The signed-in caller, who must hold at least one of {@code anyOf}: else {@link NotSignedInException} (401) or
     * {@link ForbiddenException} (403).
     */
    public static Identity require(String... anyOf) {
        Identity identity = signedIn();
        for (String key : anyOf) {
            if (identity.has(key)) {
                return identity;
            }
        }
        throw new ForbiddenException(anyOf.length == 1
                ? "This needs the permission '" + anyOf[0] + "'"
                : "This needs one of the permissions " + Arrays.toString(anyOf));
    }

    /** Whether the signed-in caller holds {@code key}; false when nobody is signed in. */
    public static boolean has(String key) {
        Identity identity = CURRENT.get();
        return identity != null && identity.has(key);
    }

    /** The part of {@code recordType} the signed-in caller may see. */
    public static RecordScope scope(String recordType) {
        return signedIn().scope(recordType);
    }

    /** Sets the caller for the rest of this thread's request; pair with {@link #clear()}. */
    public static void set(Identity identity) {
        CURRENT.set(identity);
        Caller.set(identity.login());
    }

    public static void clear() {
        CURRENT.remove();
        Caller.clear();
    }

    /** Runs {@code work} as {@code identity}, restoring the previous caller afterwards. */
    public static <T> T runAs(Identity identity, Supplier<T> work) {
        Identity previous = CURRENT.get();
        CURRENT.set(identity);
        try {
            return Caller.runAs(identity.login(), work);
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }
}
