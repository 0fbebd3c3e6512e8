package org.cairncrm.contacts.ui.internal;

import static org.cairncrm.contacts.ui.internal.ContactsConsole.TEXTS;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.cairncrm.console.Confirm;
import org.cairncrm.console.FieldErrors;
import org.cairncrm.contacts.ContactGroupData;
import org.cairncrm.contacts.FieldDefinition;
import org.cairncrm.contacts.FieldKind;
import org.cairncrm.contacts.FieldScope;
import org.cairncrm.contacts.FieldTarget;
import org.cairncrm.contacts.GroupKind;
import org.cairncrm.platform.api.error.ConflictException;
import org.cairncrm.platform.api.error.ValidationException;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** The custom fields of company and representative cards, for those who define them. */
public class FieldsView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    public FieldsView() {
        setSizeFull();
        setId("fields-view");
        add(new H2(TEXTS.get("fields.title")));
        TabSheet tabs = new TabSheet();
        tabs.setSizeFull();
        tabs.add(TEXTS.get("companies.title"), fields(FieldTarget.COMPANY));
        tabs.add(TEXTS.get("representatives.title"), fields(FieldTarget.REPRESENTATIVE));
        add(tabs);
        expand(tabs);
    }

    private VerticalLayout fields(FieldTarget target) {
        Grid<FieldDefinition> grid = new Grid<>();
        grid.setId("fields-" + target.name().toLowerCase(Locale.ROOT));
        grid.addColumn(FieldDefinition::label).setHeader(TEXTS.get("fields.label")).setFlexGrow(2);
        grid.addColumn(FieldDefinition::name).setHeader(TEXTS.get("fields.name"));
        grid.addColumn(f -> TEXTS.get("fields.kind." + f.kind().name())).setHeader(TEXTS.get("fields.kind"));
        grid.addColumn(f -> String.join(", ", f.options())).setHeader(TEXTS.get("fields.options")).setFlexGrow(2);
        grid.addColumn(FieldsView::appliesTo).setHeader(TEXTS.get("fields.scope")).setFlexGrow(2);
        Runnable reload = () -> grid.setItems(ContactsConsole.get().fields.definitions(target));
        reload.run();
        grid.addItemClickListener(click -> edit(target, click.getItem(), reload));
        Button add = new Button(TEXTS.get("fields.new"), e -> edit(target, null, reload));
        add.setId("new-field-" + target.name().toLowerCase(Locale.ROOT));
        VerticalLayout tab = new VerticalLayout(add, grid);
        tab.setSizeFull();
        return tab;
    }

    private static String appliesTo(FieldDefinition field) {
        return switch (field.scope()) {
            case ALL -> TEXTS.get("fields.scope.ALL");
            case GROUP -> TEXTS.get("fields.scope.GROUP") + ": " + GroupActions.groups(
                    field.target() == FieldTarget.COMPANY ? GroupKind.COMPANIES : GroupKind.REPRESENTATIVES).stream()
                    .filter(g -> g.id().equals(field.scopeId())).map(ContactGroupData::name).findFirst()
                    .orElse("#" + field.scopeId());
            case RECORD -> TEXTS.get("fields.scope.RECORD") + " #" + field.scopeId();
        };
    }

    private static void edit(FieldTarget target, FieldDefinition field, Runnable reload) {
        Dialog dialog = new Dialog();
        dialog.setId("field-editor");
        dialog.setHeaderTitle(field == null ? TEXTS.get("fields.new") : field.label());
        TextField label = new TextField(TEXTS.get("fields.label"));
        label.setId("field-label");
        TextField name = new TextField(TEXTS.get("fields.name"));
        name.setId("field-name");
        name.setHelperText(TEXTS.get("fields.nameHelp"));
        ComboBox<FieldKind> kind = new ComboBox<>(TEXTS.get("fields.kind"), FieldKind.values());
        kind.setItemLabelGenerator(k -> TEXTS.get("fields.kind." + k.name()));
        kind.setId("field-kind");
        TextArea options = new TextArea(TEXTS.get("fields.optionsOnePerLine"));
        options.setId("field-options");
        ComboBox<FieldScope> scope = new ComboBox<>(TEXTS.get("fields.scope"), FieldScope.values());
        scope.setItemLabelGenerator(s -> TEXTS.get("fields.scope." + s.name()));
        scope.setId("field-scope");
        ComboBox<ContactGroupData> group = new ComboBox<>(TEXTS.get("groups.group"), GroupActions.groups(
                target == FieldTarget.COMPANY ? GroupKind.COMPANIES : GroupKind.REPRESENTATIVES));
        group.setItemLabelGenerator(ContactGroupData::name);
        group.setId("field-group");
        IntegerField record = new IntegerField(TEXTS.get("fields.recordId"));
        record.setId("field-record");
        IntegerField position = new IntegerField(TEXTS.get("dictionary.position"));
        label.setValue(field == null ? "" : field.label());
        name.setValue(field == null ? "" : field.name());
        name.setReadOnly(field != null);
        kind.setValue(field == null ? FieldKind.TEXT : field.kind());
        kind.setReadOnly(field != null);
        options.setValue(field == null ? "" : String.join("\n", field.options()));
        scope.setValue(field == null ? FieldScope.ALL : field.scope());
        if (field != null && field.scope() == FieldScope.GROUP) {
            group.getListDataView().getItems().filter(g -> g.id().equals(field.scopeId())).findFirst()
                    .ifPresent(group::setValue);
        }
        if (field != null && field.scope() == FieldScope.RECORD) {
            record.setValue(field.scopeId().intValue());
        }
        position.setValue(field == null ? 100 : field.position());
        Runnable showScope = () -> {
            group.setVisible(scope.getValue() == FieldScope.GROUP);
            record.setVisible(scope.getValue() == FieldScope.RECORD);
            options.setVisible(kind.getValue() == FieldKind.CHOICE || kind.getValue() == FieldKind.MULTI_CHOICE);
        };
        scope.addValueChangeListener(e -> showScope.run());
        kind.addValueChangeListener(e -> showScope.run());
        showScope.run();
        Map<String, HasValidation> fields = new LinkedHashMap<>(Map.of("label", label, "name", name, "kind", kind,
                "options", options, "scope", scope, "scopeId", record));
        Button save = new Button(TEXTS.get("save"), e -> {
            Long scopeId = scope.getValue() == FieldScope.GROUP ? (group.getValue() == null ? null
                    : group.getValue().id()) : scope.getValue() == FieldScope.RECORD && record.getValue() != null
                    ? Long.valueOf(record.getValue()) : null;
            fields.put("scopeId", scope.getValue() == FieldScope.GROUP ? group : record);
            FieldDefinition entered = new FieldDefinition(null, field == null ? null : field.version(), target,
                    name.getValue(), label.getValue(), kind.getValue(), CompanyCardView.lines(options.getValue()),
                    scope.getValue(), scopeId, position.getValue());
            try {
                if (field == null) {
                    ContactsConsole.get().fields.define(entered);
                } else {
                    ContactsConsole.get().fields.redefine(field.id(), new FieldDefinition(null, field.version(),
                            null, null, entered.label(), null, entered.options(), entered.scope(), entered.scopeId(),
                            entered.position()));
                }
                dialog.close();
                Notification.show(TEXTS.get("saved"));
                reload.run();
            } catch (ValidationException refused) {
                FieldErrors.show(refused, fields);
            } catch (ConflictException stale) {
                Notification.show(TEXTS.get("conflict"));
            }
        });
        save.setId("save-field");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(label, name, kind, options, scope, group, record, position));
        dialog.getFooter().add(new Button(TEXTS.get("cancel"), e -> dialog.close()), save);
        if (field != null) {
            Button remove = new Button(TEXTS.get("delete"), e -> Confirm.ask(TEXTS.get("fields.removeConfirm",
                    field.label()), TEXTS.get("delete"), () -> {
                        ContactsConsole.get().fields.remove(field.id());
                        dialog.close();
                        reload.run();
                    }));
            remove.setId("remove-field");
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            dialog.getFooter().addComponentAsFirst(remove);
        }
        dialog.open();
    }
}
