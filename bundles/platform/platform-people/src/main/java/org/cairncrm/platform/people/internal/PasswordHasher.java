package org.cairncrm.platform.people.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2 with HMAC-SHA256, a random 16-byte salt per password and 210,000 iterations, stored as
 * {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} so that the cost can grow later without invalidating old hashes.
 */
final class PasswordHasher {

    static final int ITERATIONS = 210_000;
    static final int GENERATED_MIN_LENGTH = 20;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final String PREFIX = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;

    PasswordHasher() {
        this(ITERATIONS);
    }

    PasswordHasher(int iterations) {
        this.iterations = iterations;
    }

    String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$"
                + b64.encodeToString(derive(password, salt, iterations));
    }

    /**
     * Hashes a secret that {@link #randomPassword} made, of at least {@value #GENERATED_MIN_LENGTH} characters (about
     * 116 bits), with a single round: stretching makes guessing a human password slow, and nobody guesses a secret of
     * that size, so its cost would buy nothing (the way access tokens are kept). The first administrator's initial
     * password is such a secret, replaced at the first sign-in by a chosen one, hashed with {@link #hash}.
     */
    String hashGenerated(char[] secret) {
        if (secret.length < GENERATED_MIN_LENGTH) {
            throw new IllegalArgumentException(
                    "a generated secret has at least " + GENERATED_MIN_LENGTH + " characters");
        }
        return new PasswordHasher(1).hash(secret);
    }

    /** Compares in constant time; a malformed stored hash never matches. */
    boolean matches(char[] password, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals(PREFIX)) {
            return false;
        }
        try {
            int rounds = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(expected, derive(password, salt, rounds));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A random password of {@code length} characters from letters and digits that are not easily mistaken. */
    static char[] randomPassword(int length) {
        char[] alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();
        char[] password = new char[length];
        for (int i = 0; i < length; i++) {
            password[i] = alphabet[RANDOM.nextInt(alphabet.length)];
        }
        return password;
    }

    private static byte[] derive(char[] password, byte[] salt, int rounds) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, rounds, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every Java 17", e);
        } finally {
            spec.clearPassword();
        }
    }
}
