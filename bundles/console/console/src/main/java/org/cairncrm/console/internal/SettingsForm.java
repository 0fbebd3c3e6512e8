package org.cairncrm.console.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.cairncrm.platform.api.access.Access;
import org.cairncrm.platform.api.access.Identity;
import org.cairncrm.platform.api.error.ValidationException;
import org.cairncrm.platform.api.settings.SettingDefinition;
import org.cairncrm.platform.api.settings.SettingState;
import org.cairncrm.platform.api.settings.Settings;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The settings of one layer as a form: the global values (administrators) or the signed-in user's own values. An
 * empty field means "not set here": the next layer applies, shown as the field's placeholder.
 */
class SettingsForm extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final boolean personal;
    private final Map<String, HasValue<?, String>> fields = new LinkedHashMap<>();
    private final Map<String, String> shown = new LinkedHashMap<>();

    SettingsForm(boolean personal) {
        this.personal = personal;
        setMaxWidth("50em");
        add(new H2(Texts.get(personal ? "settings.personal" : "settings.global")));
        Identity identity = SignedIn.identity().orElseThrow();
        Settings settings = ConsoleServices.get().settings();
        FormLayout form = new FormLayout();
        for (SettingState state : Access.runAs(identity, settings::states)) {
            SettingDefinition d = state.definition();
            if (personal && !d.personal()) {
                continue;
            }
            String own = personal ? state.personalValue() : state.globalValue();
            String next = personal ? (state.globalValue() != null ? state.globalValue() : d.defaultValue())
                    : d.defaultValue();
            HasValue<?, String> field = field(d, next);
            field.setValue(own == null ? (field instanceof ComboBox ? null : "") : own);
            ((com.vaadin.flow.component.Component) field).setId("setting-" + d.key().replace('.', '-'));
            fields.put(d.key(), field);
            shown.put(d.key(), own);
            form.add((com.vaadin.flow.component.Component) field);
        }
        Button save = new Button(Texts.get("card.save"), e -> save());
        save.setId("save-settings");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form, save);
    }

    private static HasValue<?, String> field(SettingDefinition d, String next) {
        if (d.kind() == SettingDefinition.Kind.CHOICE || d.kind() == SettingDefinition.Kind.BOOLEAN) {
            ComboBox<String> box = new ComboBox<>(d.label());
            box.setItems(d.kind() == SettingDefinition.Kind.BOOLEAN ? java.util.List.of("true", "false")
                    : d.options());
            box.setPlaceholder(next);
            box.setClearButtonVisible(true);
            return box;
        }
        TextField text = new TextField(d.label());
        text.setPlaceholder(next);
        text.setClearButtonVisible(true);
        if (d.kind() == SettingDefinition.Kind.NUMBER) {
            text.setHelperText(d.min() + " - " + d.max());
        }
        return text;
    }

    private void save() {
        Identity identity = SignedIn.identity().orElseThrow();
        Settings settings = ConsoleServices.get().settings();
        int saved = 0;
        boolean failed = false;
        for (Map.Entry<String, HasValue<?, String>> entry : fields.entrySet()) {
            String key = entry.getKey();
            String value = entry.getValue().getValue();
            String wanted = value == null || value.isBlank() ? null : value.strip();
            HasValidation validation = (HasValidation) entry.getValue();
            validation.setInvalid(false);
            if (Objects.equals(wanted, shown.get(key))) {
                continue;
            }
            try {
                Access.runAs(identity, () -> {
                    if (personal) {
                        settings.setPersonal(key, wanted);
                    } else {
                        settings.setGlobal(key, wanted);
                    }
                    return null;
                });
                shown.put(key, wanted);
                saved++;
            } catch (ValidationException e) {
                validation.setErrorMessage(e.fieldErrors().get(0).message());
                validation.setInvalid(true);
                failed = true;
            }
        }
        if (!failed) {
            Notification.show(Texts.get("settings.saved").replace("{0}", String.valueOf(saved)));
        }
    }
}
