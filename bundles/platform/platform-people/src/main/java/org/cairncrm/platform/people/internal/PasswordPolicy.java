package org.cairncrm.platform.people.internal;

import java.util.Locale;

import org.cairncrm.platform.api.error.ValidationException;

/** What a new password must be: long, not the login, not one kind of character only. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 200;

    private PasswordPolicy() {
    }

    /** Throws a field error on {@code field} naming every rule the password breaks. */
    static void check(String login, char[] password, String field) {
        String text = new String(password);
        boolean letters = text.chars().anyMatch(Character::isLetter);
        boolean others = text.chars().anyMatch(c -> !Character.isLetter(c));
        ValidationException.collect()
                .check(password.length < MIN_LENGTH, field, "must be at least " + MIN_LENGTH + " characters")
                .check(password.length > MAX_LENGTH, field, "must be at most " + MAX_LENGTH + " characters")
                .check(!(letters && others), field, "must mix letters with digits or other characters")
                .check(login != null && !login.isBlank()
                        && text.toLowerCase(Locale.ROOT).contains(login.toLowerCase(Locale.ROOT)), field,
                        "must not contain the login")
                .throwIfAny();
    }
}
