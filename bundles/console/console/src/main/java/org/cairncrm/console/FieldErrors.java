package org.cairncrm.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cairncrm.platform.api.error.FieldError;
import org.cairncrm.platform.api.error.ValidationException;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;

/** Puts the field errors of a {@link ValidationException} next to the fields they name. */
public final class FieldErrors {

    private FieldErrors() {
    }

    /** Clears every field's error. */
    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    /**
     * Before saving: clears every field's error, and refuses a date field holding text that is no date (a
     * {@link ValidationException} naming the field by its key in {@code fields}, which {@link #show} puts next to
     * it), so that the empty value the field then has never replaces what the user meant.
     */
    public static void check(Map<String, ? extends HasValidation> fields) {
        clear(fields);
        List<FieldError> unreadable = new ArrayList<>();
        fields.forEach((key, field) -> {
            if (DateFields.unreadable(field)) {
                unreadable.add(new FieldError(key, DateFields.unreadableMessage()));
            }
        });
        if (!unreadable.isEmpty()) {
            throw new ValidationException(unreadable);
        }
    }

    /** Shows each error at its field; errors of fields the form does not show go to a notification. */
    public static void show(ValidationException errors, Map<String, ? extends HasValidation> fields) {
        clear(fields);
        StringBuilder others = new StringBuilder();
        for (FieldError error : errors.fieldErrors()) {
            HasValidation field = fields.get(error.field());
            if (field == null) {
                others.append(error.field()).append(": ").append(error.message()).append('\n');
            } else {
                field.setErrorMessage(error.message());
                field.setInvalid(true);
            }
        }
        if (others.length() > 0) {
            Notification.show(others.toString().strip());
        }
    }
}
