package org.cairncrm.platform.api;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The person (account login) on whose behalf the current thread works. The REST layer and the console set it for
 * each request; audit stamping reads it. Work started by the platform itself runs as {@link #SYSTEM}.
 */
public final class Caller {

    public static final String SYSTEM = "system";
    public static final String ANONYMOUS = "anonymous";

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private Caller() {
    }

    /** The login of the current caller, or {@link #SYSTEM} when no request is being served. */
    public static String currentLogin() {
        return Optional.ofNullable(CURRENT.get()).orElse(SYSTEM);
    }

    /** Runs {@code work} on behalf of {@code login}, restoring the previous caller afterwards. */
    public static <T> T runAs(String login, Supplier<T> work) {
        String previous = CURRENT.get();
        CURRENT.set(login);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** Sets the caller for the rest of this thread's request; pair with {@link #clear()}. */
    public static void set(String login) {
        CURRENT.set(login);
    }

    public static void clear() {
        CURRENT.remove();
    }
}
