package org.cairncrm.console;

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
