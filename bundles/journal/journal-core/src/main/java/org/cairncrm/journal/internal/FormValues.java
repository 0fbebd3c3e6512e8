package org.cairncrm.journal.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.cairncrm.journal.JournalSetting;

/** The rules of entry-form values by field kind: what is wrong with a value, and how it is stored. */
final class FormValues {

    private FormValues() {
    }

    /** What is wrong with a non-blank value for the field, or null. */
    static String check(JournalSetting field, String value) {
        String kind = field.fieldKind() == null ? "TEXT" : field.fieldKind();
        switch (kind) {
            case "NUMBER":
                try {
                    new BigDecimal(value.replace(',', '.').replace(" ", ""));
                    return null;
                } catch (NumberFormatException e) {
                    return "must be a number, e.g. 12500.50";
                }
            case "DATE":
                try {
                    LocalDate.parse(value);
                    return null;
                } catch (DateTimeParseException e) {
                    return "must be a date as YYYY-MM-DD";
                }
            case "CHOICE":
                return field.options().contains(value) ? null : "must be one of " + field.options();
            case "YESNO":
                return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false") ? null
                        : "must be true or false";
            default:
                return value.length() > 2000 ? "is longer than 2000 characters" : null;
        }
    }

    /** The value as stored: numbers with a dot and no spaces, yes/no in lowercase. */
    static String normal(JournalSetting field, String value) {
        String kind = field.fieldKind() == null ? "TEXT" : field.fieldKind();
        return switch (kind) {
            case "NUMBER" -> new BigDecimal(value.replace(',', '.').replace(" ", "")).toPlainString();
            case "YESNO" -> value.toLowerCase(Locale.ROOT);
            default -> value;
        };
    }
}
