package org.cairncrm.journal.ui.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cairncrm.journal.JournalSetting;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

/** A case type's entry form built from its field definitions; values go in and out as text by field code. */
final class FormFields extends FormLayout {

    private static final long serialVersionUID = 1L;

    private final Map<String, HasValue<?, ?>> inputs = new LinkedHashMap<>();
    private final Map<String, JournalSetting> definitions = new LinkedHashMap<>();

    FormFields(List<JournalSetting> form, Map<String, String> values, boolean mayEdit) {
        setId("case-form");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        for (JournalSetting field : form) {
            if (!field.isActive() && !values.containsKey(field.code())) {
                continue;
            }
            HasValue<?, ?> input = input(field, values.get(field.code()));
            ((Component) input).setId("field-" + field.code());
            input.setReadOnly(!mayEdit);
            input.setRequiredIndicatorVisible(Boolean.TRUE.equals(field.required()));
            add((Component) input);
            if (Boolean.TRUE.equals(field.wide())) {
                setColspan((Component) input, 2);
            }
            inputs.put(field.code(), input);
            definitions.put(field.code(), field);
        }
    }

    private static HasValue<?, ?> input(JournalSetting field, String value) {
        String label = field.label();
        switch (field.fieldKind() == null ? "TEXT" : field.fieldKind()) {
            case "NUMBER" -> {
                BigDecimalField number = new BigDecimalField(label);
                number.setValue(value == null ? null : new BigDecimal(value));
                return number;
            }
            case "DATE" -> {
                DatePicker date = org.cairncrm.console.DateFields.date(label);
                date.setValue(value == null ? null : LocalDate.parse(value));
                return date;
            }
            case "CHOICE" -> {
                ComboBox<String> choice = new ComboBox<>(label, field.options());
                choice.setClearButtonVisible(true);
                choice.setValue(value);
                return choice;
            }
            case "YESNO" -> {
                ComboBox<String> yesNo = new ComboBox<>(label, List.of("true", "false"));
                yesNo.setItemLabelGenerator(v -> JournalConsole.TEXTS.get("true".equals(v) ? "yes" : "no"));
                yesNo.setClearButtonVisible(true);
                yesNo.setValue(value);
                return yesNo;
            }
            default -> {
                TextField text = new TextField(label);
                text.setValue(value == null ? "" : value);
                return text;
            }
        }
    }

    /** The values entered, as the journal takes them (blank fields left out). */
    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        inputs.forEach((code, input) -> {
            Object v = input.getValue();
            String text = v instanceof BigDecimal d ? d.toPlainString() : v == null ? "" : v.toString();
            if (!text.isBlank()) {
                values.put(code, text);
            }
        });
        return values;
    }

    /** The inputs by the names the journal's errors use: {@code fields.<code>}. */
    Map<String, HasValidation> errorTargets() {
        Map<String, HasValidation> targets = new LinkedHashMap<>();
        inputs.forEach((code, input) -> targets.put("fields." + code, (HasValidation) input));
        return targets;
    }
}
