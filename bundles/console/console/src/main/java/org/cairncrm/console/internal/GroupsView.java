package org.cairncrm.console.internal;

import java.text.MessageFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cairncrm.console.Confirm;
import org.cairncrm.console.FieldErrors;
import org.cairncrm.console.RecordList;
import org.cairncrm.platform.api.error.ConflictException;
import org.cairncrm.platform.api.error.RecordNotFoundException;
import org.cairncrm.platform.api.error.ValidationException;
import org.cairncrm.platform.people.EmployeeData;
import org.cairncrm.platform.people.GroupData;
import org.cairncrm.platform.people.GroupKind;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/** Administration: employee groups (departments, teams, ad-hoc); editing with people.group.manage. */
public class GroupsView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final RecordList<GroupData> list = new RecordList<>(ConsoleServices.get().groups()::list);
    private final boolean mayManage = SignedIn.identity().map(i -> i.has("people.group.manage")).orElse(false);

    public GroupsView() {
        setSizeFull();
        add(new H2(Texts.get("groups.title")));
        list.setId("groups");
        list.addColumn("name", Texts.get("groups.name"), GroupData::name);
        list.addColumn("kind", Texts.get("groups.kind"), g -> g.kind().name());
        list.addPlainColumn(Texts.get("groups.members"), g -> g.memberIds().size());
        list.addPlainColumn(Texts.get("groups.description"), GroupData::description);
        if (mayManage) {
            Button create = new Button(Texts.get("groups.new"), e -> edit(Optional.empty()));
            create.setId("new-group");
            add(create);
            list.grid().addItemClickListener(click -> edit(Optional.of(click.getItem())));
        }
        add(list);
        expand(list);
    }

    private void edit(Optional<GroupData> group) {
        Dialog dialog = new Dialog();
        dialog.setId("group-editor");
        dialog.setHeaderTitle(group.map(GroupData::name).orElse(Texts.get("groups.new")));
        TextField name = new TextField(Texts.get("groups.name"));
        name.setId("group-name");
        ComboBox<GroupKind> kind = new ComboBox<>(Texts.get("groups.kind"), GroupKind.values());
        TextField description = new TextField(Texts.get("groups.description"));
        MultiSelectComboBox<EmployeeData> members = new MultiSelectComboBox<>(Texts.get("groups.members"));
        List<EmployeeData> everyone = ConsoleServices.get().employees().staff();
        members.setItems(everyone);
        members.setItemLabelGenerator(EmployeeData::fullName);
        name.setValue(group.map(GroupData::name).orElse(""));
        kind.setValue(group.map(GroupData::kind).orElse(GroupKind.TEAM));
        description.setValue(group.map(GroupData::description).filter(d -> d != null).orElse(""));
        Set<Long> ids = new HashSet<>(group.map(GroupData::memberIds).orElse(List.of()));
        members.setValue(everyone.stream().filter(e -> ids.contains(e.id())).toList());
        Button save = new Button(Texts.get("card.save"), e -> {
            GroupData data = new GroupData(group.map(GroupData::id).orElse(null),
                    group.map(GroupData::version).orElse(null), name.getValue(), kind.getValue(),
                    description.getValue(), members.getValue().stream().map(EmployeeData::id).toList(), null);
            try {
                Hooks.asCaller(() -> group.isPresent()
                        ? ConsoleServices.get().groups().update(data.id(), data)
                        : ConsoleServices.get().groups().create(data));
                dialog.close();
                Notification.show(Texts.get("card.saved"));
                list.refresh();
            } catch (ValidationException invalid) {
                FieldErrors.show(invalid, Map.of("name", name, "description", description, "memberIds", members));
            } catch (ConflictException conflict) {
                Notification.show(Texts.get("card.conflict"));
            }
        });
        save.setId("save-group");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(name, kind, description, members));
        dialog.getFooter().add(new Button(Texts.get("cancel"), e -> dialog.close()), save);
        group.ifPresent(existing -> {
            Button delete = new Button(Texts.get("card.delete"), e -> Confirm.ask(
                    MessageFormat.format(Texts.get("groups.deleteConfirm"), existing.name()), Texts.get("card.delete"),
                    () -> {
                        try {
                            ConsoleServices.get().groups().delete(existing.id());
                            dialog.close();
                            Notification.show(Texts.get("card.deleted"));
                        } catch (ConflictException | RecordNotFoundException refused) {
                            Notification.show(refused.getMessage());
                        }
                        list.refresh();
                    }));
            delete.setId("delete-group");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            dialog.getFooter().addComponentAsFirst(delete);
        });
        dialog.open();
    }
}
