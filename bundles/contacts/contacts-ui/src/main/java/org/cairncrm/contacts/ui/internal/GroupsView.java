package org.cairncrm.contacts.ui.internal;

import static org.cairncrm.contacts.ui.internal.ContactsConsole.TEXTS;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.cairncrm.console.Confirm;
import org.cairncrm.console.FieldErrors;
import org.cairncrm.console.RecordList;
import org.cairncrm.contacts.ContactGroupData;
import org.cairncrm.contacts.ContactGroups;
import org.cairncrm.contacts.GroupKind;
import org.cairncrm.platform.api.access.Access;
import org.cairncrm.platform.api.error.ConflictException;
import org.cairncrm.platform.api.error.RecordNotFoundException;
import org.cairncrm.platform.api.error.ValidationException;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;

/** Groups of companies and of representatives: create, rename, delete, and open a group's members. */
public class GroupsView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final RecordList<ContactGroupData> list = new RecordList<>(ContactsConsole.get().groups::list);
    private final boolean mayManage = Access.has(ContactGroups.MANAGE);

    public GroupsView() {
        setSizeFull();
        setId("groups-view");
        add(new H2(TEXTS.get("groups.title")));
        list.setId("contact-groups");
        list.addColumn("name", TEXTS.get("groups.name"), ContactGroupData::name).setFlexGrow(2);
        list.addColumn("kind", TEXTS.get("groups.kind"), g -> kind(g.kind()));
        list.addPlainColumn(TEXTS.get("groups.members"), ContactGroupData::members);
        list.addPlainColumn(TEXTS.get("groups.description"), ContactGroupData::description).setFlexGrow(3);
        list.addChoiceFilter("kind", TEXTS.get("groups.kind"), java.util.List.of(GroupKind.COMPANIES.name(),
                GroupKind.REPRESENTATIVES.name())).setItemLabelGenerator(k -> kind(GroupKind.valueOf(k)));
        list.grid().addItemClickListener(click -> open(click.getItem()));
        if (mayManage) {
            Button create = new Button(TEXTS.get("groups.new"), e -> edit(Optional.empty()));
            create.setId("new-contact-group");
            add(create);
        }
        add(list);
        expand(list);
    }

    static String kind(GroupKind kind) {
        return TEXTS.get(kind == GroupKind.COMPANIES ? "groups.ofCompanies" : "groups.ofRepresentatives");
    }

    /** The members, in their list; managers may also rename or delete the group. */
    private void open(ContactGroupData group) {
        if (mayManage) {
            edit(Optional.of(group));
        } else {
            showMembers(group);
        }
    }

    private static void showMembers(ContactGroupData group) {
        if (group.kind() == GroupKind.COMPANIES) {
            UI.getCurrent().navigate("contacts/companies", QueryParameters.simple(Map.of("group",
                    String.valueOf(group.id()))));
        } else {
            UI.getCurrent().navigate(RepresentativesView.class);
        }
    }

    private void edit(Optional<ContactGroupData> group) {
        Dialog dialog = new Dialog();
        dialog.setId("contact-group-editor");
        dialog.setHeaderTitle(group.map(ContactGroupData::name).orElse(TEXTS.get("groups.new")));
        TextField name = new TextField(TEXTS.get("groups.name"));
        name.setId("contact-group-name");
        name.setValue(group.map(ContactGroupData::name).orElse(""));
        ComboBox<GroupKind> kind = new ComboBox<>(TEXTS.get("groups.kind"), GroupKind.values());
        kind.setItemLabelGenerator(GroupsView::kind);
        kind.setValue(group.map(ContactGroupData::kind).orElse(GroupKind.COMPANIES));
        kind.setReadOnly(group.isPresent());
        kind.setId("contact-group-kind");
        TextField description = new TextField(TEXTS.get("groups.description"));
        description.setValue(group.map(ContactGroupData::description).map(d -> d == null ? "" : d).orElse(""));
        description.setWidthFull();
        Map<String, HasValidation> fields = new LinkedHashMap<>(Map.of("name", name, "kind", kind,
                "description", description));
        Button save = new Button(TEXTS.get("save"), e -> {
            try {
                ContactGroupData entered = new ContactGroupData(null, group.map(ContactGroupData::version)
                        .orElse(null), kind.getValue(), name.getValue(), description.getValue(), null, null);
                if (group.isPresent()) {
                    ContactsConsole.get().groups.update(group.get().id(), entered);
                } else {
                    ContactsConsole.get().groups.create(entered);
                }
                dialog.close();
                Notification.show(TEXTS.get("saved"));
                list.refresh();
            } catch (ValidationException refused) {
                FieldErrors.show(refused, fields);
            } catch (ConflictException stale) {
                Notification.show(TEXTS.get("conflict"));
            }
        });
        save.setId("save-contact-group");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(name, kind, description));
        dialog.getFooter().add(new Button(TEXTS.get("cancel"), e -> dialog.close()), save);
        group.ifPresent(existing -> {
            Button members = new Button(TEXTS.get("groups.showMembers"), e -> {
                dialog.close();
                showMembers(existing);
            });
            members.setId("show-members");
            Button delete = new Button(TEXTS.get("delete"), e -> Confirm.ask(
                    TEXTS.get("groups.deleteConfirm", existing.name()), TEXTS.get("delete"), () -> {
                        try {
                            ContactsConsole.get().groups.delete(existing.id());
                            dialog.close();
                            Notification.show(TEXTS.get("deleted"));
                        } catch (RecordNotFoundException gone) {
                            Notification.show(gone.getMessage());
                        }
                        list.refresh();
                    }));
            delete.setId("delete-contact-group");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            dialog.getFooter().addComponentAsFirst(members);
            dialog.getFooter().addComponentAsFirst(delete);
        });
        dialog.open();
    }
}
