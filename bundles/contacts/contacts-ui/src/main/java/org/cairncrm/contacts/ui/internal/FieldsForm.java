package org.cairncrm.contacts.ui.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.cairncrm.contacts.FieldDefinition;
import org.cairncrm.contacts.FieldTarget;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

/** The custom fields that apply to one record, each with the input its kind needs. */
final class FieldsForm extends FormLayout {

    private static final long serialVersionUID = 1L;

    private final Map<String, Supplier<Object>> readers = new LinkedHashMap<>();
    private final Map<String, HasValidation> inputs = new LinkedHashMap<>();

    FieldsForm(List<FieldDefinition> fields, Map<String, Object> values, boolean editable) {
        setId("custom-fields");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        for (FieldDefinition field : fields) {
            Object value = values.get(field.name());
            Component input = input(field, value);
            input.setId("field-" + field.name());
            ((HasValue<?, ?>) input).setReadOnly(!editable);
            add(input);
        }
    }

    boolean isEmpty() {
        return readers.isEmpty();
    }

    /** What the form holds now, by field name; cleared fields as null. */
    Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        readers.forEach((name, reader) -> values.put(name, reader.get()));
        return values;
    }

    /** The inputs, keyed as the service names their errors: {@code fields.<name>}. */
    Map<String, HasValidation> inputs() {
        return inputs;
    }

    private Component input(FieldDefinition field, Object value) {
        String name = field.name();
        switch (field.kind()) {
            case NUMBER -> {
                BigDecimalField number = new BigDecimalField(field.label());
                number.setValue(value == null ? null : new BigDecimal(value.toString()));
                readers.put(name, number::getValue);
                inputs.put("fields." + name, number);
                return number;
            }
            case DATE -> {
                DatePicker date = org.cairncrm.console.DateFields.date(field.label());
                date.setValue(value == null ? null : LocalDate.parse(value.toString()));
                readers.put(name, () -> date.getValue() == null ? null : date.getValue().toString());
                inputs.put("fields." + name, date);
                return date;
            }
            case BOOLEAN -> {
                Checkbox check = new Checkbox(field.label(), Boolean.TRUE.equals(value));
                readers.put(name, check::getValue);
                return check;
            }
            case CHOICE -> {
                ComboBox<String> choice = new ComboBox<>(field.label(), field.options());
                choice.setClearButtonVisible(true);
                choice.setValue(value == null ? null : value.toString());
                readers.put(name, choice::getValue);
                inputs.put("fields." + name, choice);
                return choice;
            }
            case MULTI_CHOICE -> {
                MultiSelectComboBox<String> many = new MultiSelectComboBox<>(field.label(), field.options());
                if (value instanceof Collection<?> chosen) {
                    many.setValue(new LinkedHashSet<>(chosen.stream().map(String::valueOf).toList()));
                }
                readers.put(name, () -> List.copyOf(many.getValue()));
                inputs.put("fields." + name, many);
                return many;
            }
            default -> {
                TextField text = new TextField(field.label());
                text.setValue(value == null ? "" : value.toString());
                text.setMaxLength(2000);
                readers.put(name, text::getValue);
                inputs.put("fields." + name, text);
                return text;
            }
        }
    }

    /** The form for a record, or null when no custom field applies to it. */
    static FieldsForm of(FieldTarget target, long recordId, boolean editable) {
        ContactsConsole services = ContactsConsole.get();
        List<FieldDefinition> fields = services.fields.applicable(target, recordId);
        if (fields.isEmpty()) {
            return null;
        }
        return new FieldsForm(fields, services.fields.values(target, recordId), editable);
    }
}
