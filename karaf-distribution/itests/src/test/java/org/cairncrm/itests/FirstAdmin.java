package org.cairncrm.itests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Signs in as the first administrator the way a new owner does: read the random password the server wrote, replace
 * it (nothing else is allowed before), then work with the new one.
 */
final class FirstAdmin {

    static final String PASSWORD = "Cairn-Owner-Secret-1";

    private FirstAdmin() {
    }

    /** The first administrator's initial password, once the server has written it. */
    static String initialPassword(Path dataDir) throws IOException {
        Path file = dataDir.resolve("initial-admin-password");
        for (int i = 0; i < 240 && !Files.exists(file); i++) {
            Http.sleep(250);
        }
        return Files.readString(file).strip();
    }

    /**
     * Waits until {@code http}'s account can sign in: while the server starts, its people resources may not be
     * published yet (404) and sign-in not available yet (503).
     */
    static void awaitSignIn(Http http) {
        for (int i = 0; i < 240 && http.get("/people/me").status() != 200; i++) {
            Http.sleep(250);
        }
    }

    /** A client signed in as {@code admin} with {@link #PASSWORD}, replacing the initial password if need be. */
    static synchronized Http signIn(Http anonymous, Path dataDir) throws IOException {
        Http admin = anonymous.as("admin", PASSWORD);
        if (admin.get("/people/me").status() == 200) {
            return admin;
        }
        String initial = initialPassword(dataDir);
        awaitSignIn(anonymous.as("admin", initial));
        Http.Reply changed = anonymous.as("admin", initial).put("/people/me/password",
                "{\"currentPassword\":\"" + initial + "\",\"newPassword\":\"" + PASSWORD + "\"}");
        if (changed.status() != 204) {
            throw new AssertionError("cannot replace the first administrator's password: " + changed);
        }
        return admin;
    }
}
