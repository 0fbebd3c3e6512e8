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
}
