package org.cairncrm.platform.api.error;

import java.util.ArrayList;
import java.util.List;

/**
 * The caller sent values that break the rules; each broken rule names its field. REST answers 422.
 */
public class ValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> fieldErrors;

    public ValidationException(List<FieldError> fieldErrors) {
        super(summary(fieldErrors));
        if (fieldErrors.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one field error");
        }
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public static ValidationException of(String field, String message) {
        return new ValidationException(List.of(new FieldError(field, message)));
    }

    /**
     * The version an update carries must be there: it is the version the caller read, checked against the stored one
     * to guard against lost updates. A field error on {@code version} when it is missing.
     */
    public static void requireVersion(Long version) {
        if (version == null) {
            throw of("version", "must be the version you read, to guard against lost updates");
        }
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** Starts collecting field errors so that a caller hears of all of them at once. */
    public static Collector collect() {
        return new Collector();
    }

    private static String summary(List<FieldError> errors) {
        return errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid: " + errors.stream().map(FieldError::field).distinct()
                        .collect(java.util.stream.Collectors.joining(", "));
    }

    /** Collects field errors; {@link #throwIfAny()} ends the check. */
    public static final class Collector {
        private final List<FieldError> errors = new ArrayList<>();

        private Collector() {
        }

        public Collector add(String field, String message) {
            errors.add(new FieldError(field, message));
            return this;
        }

        /** Adds {@code message} for {@code field} when {@code broken} is true. */
        public Collector check(boolean broken, String field, String message) {
            if (broken) {
                add(field, message);
            }
            return this;
        }

        /** A required text: not null and not blank, at most {@code maxLength} characters. */
        public Collector requireText(String value, String field, int maxLength) {
            if (value == null || value.isBlank()) {
                return add(field, "must not be empty");
            }
            return maxLength(value, field, maxLength);
        }

        /** An optional text of at most {@code maxLength} characters. */
        public Collector maxLength(String value, String field, int maxLength) {
            return check(value != null && value.length() > maxLength, field,
                    "must be at most " + maxLength + " characters");
        }

        public boolean hasErrors() {
            return !errors.isEmpty();
        }

        /** The errors found so far, for reports that list them rather than throw (imports). */
        public List<FieldError> errors() {
            return List.copyOf(errors);
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
        }
    }
}
