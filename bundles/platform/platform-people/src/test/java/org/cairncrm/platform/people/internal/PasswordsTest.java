package org.cairncrm.platform.people.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cairncrm.platform.api.error.ValidationException;
import org.junit.jupiter.api.Test;

class PasswordsTest {

    private final PasswordHasher hasher = new PasswordHasher(1_000); // the format and checks, not the cost

    @Test
    void aHashMatchesItsPasswordOnlyAndNeverShowsIt() {
        String hash = hasher.hash("correct horse 9".toCharArray());
        assertTrue(hash.startsWith("pbkdf2-sha256$1000$"));
        assertFalse(hash.contains("correct"));
        assertTrue(hasher.matches("correct horse 9".toCharArray(), hash));
        assertFalse(hasher.matches("correct horse 8".toCharArray(), hash));
        assertFalse(hasher.matches("correct horse 9".toCharArray(), "plain"));
        assertFalse(hasher.matches("x".toCharArray(), null));
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertNotEquals(hasher.hash("same pass 1".toCharArray()), hasher.hash("same pass 1".toCharArray()));
    }

    @Test
    void theStoredCostIsUsedSoThatItCanGrowLater() {
        String oldHash = new PasswordHasher(500).hash("an old one 1".toCharArray());
        assertTrue(new PasswordHasher().matches("an old one 1".toCharArray(), oldHash));
    }

    @Test
    void thePolicyNamesEveryBrokenRule() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> PasswordPolicy.check("anna", "anna".toCharArray(), "password"));
        assertEquals(3, e.fieldErrors().size());
        assertTrue(e.fieldErrors().stream().allMatch(f -> f.field().equals("password")));
        assertThrows(ValidationException.class, () -> PasswordPolicy.check("anna", "onlyletterslong".toCharArray(), "p"));
        assertDoesNotThrow(() -> PasswordPolicy.check("anna", "Tr4vel-plans".toCharArray(), "p"));
    }

    @Test
    void randomPasswordsHaveTheLengthAskedFor() {
        char[] password = PasswordHasher.randomPassword(20);
        assertEquals(20, password.length);
    }

    @Test
    void aGeneratedSecretIsHashedWithOneRoundAndAnyOtherWithTheFullCost() {
        char[] secret = PasswordHasher.randomPassword(PasswordHasher.GENERATED_MIN_LENGTH);
        String hash = new PasswordHasher().hashGenerated(secret);
        assertTrue(hash.startsWith("pbkdf2-sha256$1$"), hash);
        assertTrue(new PasswordHasher().matches(secret, hash));
        assertFalse(new PasswordHasher().matches("something-else-2026".toCharArray(), hash));
        assertTrue(new PasswordHasher().hash("Chosen-pass-2026".toCharArray())
                .startsWith("pbkdf2-sha256$" + PasswordHasher.ITERATIONS + "$"));
        // a short, possibly human, secret gets no shortcut
        assertThrows(IllegalArgumentException.class,
                () -> new PasswordHasher().hashGenerated("Short-pass-1".toCharArray()));
    }
}
