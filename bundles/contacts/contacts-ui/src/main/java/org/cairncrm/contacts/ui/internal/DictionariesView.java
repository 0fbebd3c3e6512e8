package org.cairncrm.contacts.ui.internal;

import static org.cairncrm.contacts.ui.internal.ContactsConsole.TEXTS;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.cairncrm.console.FieldErrors;
import org.cairncrm.contacts.DictionaryEntry;
import org.cairncrm.contacts.DictionaryKind;
import org.cairncrm.platform.api.error.ConflictException;
import org.cairncrm.platform.api.error.ValidationException;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/** The contacts dictionaries (industries, statuses, categories, areas) for those who may change them. */
public class DictionariesView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    public DictionariesView() {
        setSizeFull();
        setId("dictionaries-view");
        add(new H2(TEXTS.get("dictionaries.title")));
        TabSheet tabs = new TabSheet();
        tabs.setSizeFull();
        for (DictionaryKind kind : DictionaryKind.values()) {
            tabs.add(TEXTS.get("dictionary." + kind.name().toLowerCase(Locale.ROOT)), dictionary(kind));
        }
        add(tabs);
        expand(tabs);
    }

    private VerticalLayout dictionary(DictionaryKind kind) {
        Grid<DictionaryEntry> grid = new Grid<>();
        grid.setId("dictionary-" + kind.name().toLowerCase(Locale.ROOT));
        grid.addColumn(DictionaryEntry::label).setHeader(TEXTS.get("dictionary.label")).setFlexGrow(3);
        grid.addColumn(DictionaryEntry::code).setHeader(TEXTS.get("dictionary.code"));
        grid.addColumn(DictionaryEntry::position).setHeader(TEXTS.get("dictionary.position"));
        grid.addColumn(e -> Boolean.TRUE.equals(e.active()) ? TEXTS.get("yes") : TEXTS.get("no"))
                .setHeader(TEXTS.get("dictionary.active"));
        Runnable reload = () -> grid.setItems(ContactsConsole.get().dictionaries.entries(kind, true));
        reload.run();
        grid.addItemClickListener(click -> edit(kind, click.getItem(), reload));
        Button add = new Button(TEXTS.get("dictionary.new"), e -> edit(kind, null, reload));
        add.setId("new-entry-" + kind.name().toLowerCase(Locale.ROOT));
        VerticalLayout tab = new VerticalLayout(add, grid);
        tab.setSizeFull();
        return tab;
    }

    private static void edit(DictionaryKind kind, DictionaryEntry entry, Runnable reload) {
        Dialog dialog = new Dialog();
        dialog.setId("entry-editor");
        dialog.setHeaderTitle(entry == null ? TEXTS.get("dictionary.new") : entry.label());
        TextField code = new TextField(TEXTS.get("dictionary.code"));
        code.setId("entry-code");
        code.setHelperText(TEXTS.get("dictionary.codeHelp"));
        code.setValue(entry == null ? "" : entry.code());
        code.setReadOnly(entry != null);
        TextField label = new TextField(TEXTS.get("dictionary.label"));
        label.setId("entry-label");
        label.setValue(entry == null ? "" : entry.label());
        IntegerField position = new IntegerField(TEXTS.get("dictionary.position"));
        position.setValue(entry == null ? 100 : entry.position());
        Checkbox active = new Checkbox(TEXTS.get("dictionary.active"), entry == null || entry.active());
        Map<String, HasValidation> fields = new LinkedHashMap<>(Map.of("code", code, "label", label,
                "position", position));
        Button save = new Button(TEXTS.get("save"), e -> {
            try {
                DictionaryEntry entered = new DictionaryEntry(null, entry == null ? null : entry.version(), kind,
                        code.getValue(), label.getValue(), active.getValue(), position.getValue());
                if (entry == null) {
                    ContactsConsole.get().dictionaries.create(kind, entered);
                } else {
                    ContactsConsole.get().dictionaries.update(entry.id(), entered);
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
        save.setId("save-entry");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(code, label, position, active));
        dialog.getFooter().add(new Button(TEXTS.get("cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
