package org.cairncrm.journal.ui.internal;

import static org.cairncrm.journal.ui.internal.JournalConsole.TEXTS;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cairncrm.console.FieldErrors;
import org.cairncrm.journal.JournalSetting;
import org.cairncrm.journal.JournalSettings;
import org.cairncrm.journal.JournalSettings.Kind;
import org.cairncrm.platform.api.error.ConflictException;
import org.cairncrm.platform.api.error.ValidationException;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The journal's lists for admins: case types, statuses, step kinds, each type's pipeline stages and entry-form
 * fields. Pick an entry to change it, or fill in a new code to add one.
 */
public class SettingsView extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    /** the "type" choice for form fields of every case */
    static final String EVERY_CASE = "*";

    private final Tabs kinds = new Tabs();
    private final Map<Tab, Kind> tabKinds = new LinkedHashMap<>();
    private final ComboBox<String> parent = new ComboBox<>(TEXTS.get("settings.parent"));
    private final Grid<JournalSetting> grid = new Grid<>();
    private final TextField code = new TextField(TEXTS.get("settings.code"));
    private final TextField label = new TextField(TEXTS.get("settings.label"));
    private final IntegerField position = new IntegerField(TEXTS.get("settings.position"));
    private final Checkbox active = new Checkbox(TEXTS.get("settings.active"), true);
    private final Checkbox strict = new Checkbox(TEXTS.get("settings.strict"));
    private final Checkbox closed = new Checkbox(TEXTS.get("settings.closed"));
    private final Checkbox required = new Checkbox(TEXTS.get("settings.required"));
    private final Checkbox wide = new Checkbox(TEXTS.get("settings.wide"));
    private final ComboBox<String> enteredByStep = new ComboBox<>(TEXTS.get("settings.enteredByStep"));
    private final ComboBox<String> fieldKind = new ComboBox<>(TEXTS.get("settings.fieldKind"),
            JournalSettings.FIELD_KINDS);
    private final TextArea options = new TextArea(TEXTS.get("settings.options"));

    public SettingsView() {
        setSizeFull();
        setId("journal-settings-view");
        for (Kind kind : Kind.values()) {
            Tab tab = new Tab(TEXTS.get("settings.kind." + kind));
            tab.setId("settings-" + kind.name().toLowerCase(java.util.Locale.ROOT));
            tabKinds.put(tab, kind);
            kinds.add(tab);
        }
        kinds.addSelectedChangeListener(e -> refresh());
        parent.setId("settings-parent");
        parent.addValueChangeListener(e -> refresh());
        grid.setId("settings-grid");
        grid.addColumn(JournalSetting::code).setHeader(TEXTS.get("settings.code"));
        grid.addColumn(JournalSetting::label).setHeader(TEXTS.get("settings.label")).setFlexGrow(2);
        grid.addColumn(JournalSetting::position).setHeader(TEXTS.get("settings.position"));
        grid.addColumn(s -> TEXTS.get(s.isActive() ? "yes" : "no")).setHeader(TEXTS.get("settings.active"));
        grid.addColumn(SettingsView::details).setHeader(TEXTS.get("settings.details")).setFlexGrow(3);
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));
        code.setId("settings-code");
        label.setId("settings-label");
        position.setId("settings-position");
        enteredByStep.setId("settings-enteredByStep");
        enteredByStep.setClearButtonVisible(true);
        fieldKind.setId("settings-fieldKind");
        options.setId("settings-options");
        options.setHelperText(TEXTS.get("settings.optionsHelp"));
        FormLayout form = new FormLayout(code, label, position, active, strict, closed, enteredByStep, fieldKind,
                required, wide, options);
        Button save = new Button(TEXTS.get("save"), e -> save());
        save.setId("settings-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button remove = new Button(TEXTS.get("delete"), e -> remove());
        remove.setId("settings-remove");
        Button fresh = new Button(TEXTS.get("settings.new"), e -> grid.asSingleSelect().clear());
        fresh.setId("settings-new");
        add(new H2(TEXTS.get("settings.title")), kinds, parent, grid, form, new HorizontalLayout(save, remove, fresh));
        refresh();
    }

    private Kind kind() {
        return tabKinds.get(kinds.getSelectedTab());
    }

    private String parentCode() {
        String p = parent.getValue();
        return p == null || EVERY_CASE.equals(p) ? null : p;
    }

    private void refresh() {
        JournalConsole services = JournalConsole.get();
        Kind kind = kind();
        boolean hasParent = kind == Kind.STAGE || kind == Kind.FIELD;
        parent.setVisible(hasParent);
        if (hasParent) {
            var types = services.labels(Kind.TYPE, null);
            List<String> choices = new java.util.ArrayList<>(types.keySet());
            if (kind == Kind.FIELD) {
                choices.add(0, EVERY_CASE);
            }
            String was = parent.getValue();
            parent.setItems(choices);
            parent.setItemLabelGenerator(c -> EVERY_CASE.equals(c) ? TEXTS.get("settings.everyCase")
                    : types.getOrDefault(c, c));
            if (was == null || !choices.contains(was)) {
                parent.setValue(choices.isEmpty() ? null : choices.get(0));
                return;
            }
        }
        strict.setVisible(kind == Kind.TYPE);
        closed.setVisible(kind == Kind.STATUS);
        enteredByStep.setVisible(kind == Kind.STAGE);
        enteredByStep.setItems(services.labels(Kind.STEP, null).keySet());
        for (com.vaadin.flow.component.Component c : List.<com.vaadin.flow.component.Component>of(fieldKind,
                required, wide, options)) {
            c.setVisible(kind == Kind.FIELD);
        }
        grid.setItems(hasParent && parent.getValue() == null ? List.of() : services.settings.list(kind, parentCode()));
        edit(null);
    }

    private void edit(JournalSetting s) {
        code.setReadOnly(s != null);
        code.setValue(s == null ? "" : s.code());
        label.setValue(s == null ? "" : s.label());
        position.setValue(s == null ? null : s.position());
        active.setValue(s == null || s.isActive());
        strict.setValue(s != null && Boolean.TRUE.equals(s.strictStages()));
        closed.setValue(s != null && Boolean.TRUE.equals(s.closed()));
        required.setValue(s != null && Boolean.TRUE.equals(s.required()));
        wide.setValue(s != null && Boolean.TRUE.equals(s.wide()));
        enteredByStep.setValue(s == null ? null : s.enteredByStep());
        fieldKind.setValue(s == null || s.fieldKind() == null ? "TEXT" : s.fieldKind());
        options.setValue(s == null ? "" : String.join("\n", s.options()));
    }

    private void save() {
        Map<String, HasValidation> targets = new LinkedHashMap<>();
        targets.put("code", code);
        targets.put("label", label);
        targets.put("parent", parent);
        targets.put("enteredByStep", enteredByStep);
        targets.put("fieldKind", fieldKind);
        targets.put("options", options);
        try {
            FieldErrors.check(targets);
            JournalConsole.get().settings.save(new JournalSetting(kind(), parentCode(), code.getValue(),
                    label.getValue(), position.getValue(), active.getValue(), strict.getValue(), closed.getValue(),
                    required.getValue(), enteredByStep.getValue(), fieldKind.getValue(),
                    Arrays.stream(options.getValue().split("\\R")).toList(), wide.getValue()));
            Notification.show(TEXTS.get("saved"));
            refresh();
        } catch (ValidationException e) {
            FieldErrors.show(e, targets);
        }
    }

    private void remove() {
        if (code.getValue().isBlank()) {
            return;
        }
        try {
            JournalConsole.get().settings.remove(kind(), parentCode(), code.getValue());
            Notification.show(TEXTS.get("deleted"));
            refresh();
        } catch (ConflictException | org.cairncrm.platform.api.error.RecordNotFoundException e) {
            Notification.show(e.getMessage());
        }
    }

    private static String details(JournalSetting s) {
        return switch (s.kind()) {
            case TYPE -> Boolean.TRUE.equals(s.strictStages()) ? TEXTS.get("settings.strict") : "";
            case STATUS -> Boolean.TRUE.equals(s.closed()) ? TEXTS.get("settings.closed") : "";
            case STAGE -> s.enteredByStep() == null ? "" : TEXTS.get("settings.enteredByStep") + ": "
                    + s.enteredByStep();
            case FIELD -> s.fieldKind() + (Boolean.TRUE.equals(s.required()) ? ", " + TEXTS.get("settings.required")
                    : "") + (s.options().isEmpty() ? "" : ": " + String.join(", ", s.options()));
            default -> "";
        };
    }
}
