package org.cairncrm.contacts.internal;

import java.util.List;
import java.util.regex.Pattern;

import org.cairncrm.platform.api.error.ValidationException;

/** The checks that phones, e-mail addresses and web sites of companies and people share. */
final class ContactDetails {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()./\\-]{2,38}( *(ext\\.?|wewn\\.?|x) *[0-9]{1,6})?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]{2,}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");

    private ContactDetails() {
    }

    static void phones(ValidationException.Collector errors, List<String> phones, String field) {
        errors.check(phones.size() > 10, field, "at most 10");
        for (String phone : phones) {
            if (phone != null && !phone.isBlank()) {
                errors.check(!PHONE.matcher(phone.strip()).matches(), field,
                        "'" + abbreviate(phone) + "' is not a phone number (digits, spaces, + ( ) - . /)");
            }
        }
    }

    static void phone(ValidationException.Collector errors, String phone, String field) {
        if (phone != null && !phone.isBlank()) {
            errors.check(!PHONE.matcher(phone.strip()).matches(), field,
                    "'" + abbreviate(phone) + "' is not a phone number (digits, spaces, + ( ) - . /)");
        }
    }

    static void emails(ValidationException.Collector errors, List<String> emails, String field) {
        errors.check(emails.size() > 10, field, "at most 10");
        for (String email : emails) {
            email(errors, email, field);
        }
    }

    static void email(ValidationException.Collector errors, String email, String field) {
        if (email != null && !email.isBlank()) {
            errors.check(email.strip().length() > 200 || !EMAIL.matcher(email.strip()).matches(), field,
                    "'" + abbreviate(email) + "' is not an e-mail address");
        }
    }

    static void country(ValidationException.Collector errors, String country, String field) {
        if (country != null && !country.isBlank()) {
            errors.check(!COUNTRY.matcher(country.strip()).matches(), field,
                    "must be a two-letter country code (PL, DE, GB)");
        }
    }

    private static String abbreviate(String text) {
        String strip = text.strip();
        return strip.length() > 40 ? strip.substring(0, 40) + "..." : strip;
    }
}
