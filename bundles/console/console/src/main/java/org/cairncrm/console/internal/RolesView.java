package org.cairncrm.console.internal;

import java.text.MessageFormat;
import java.util.List;
import java.util.stream.Collectors;

import org.cairncrm.console.Confirm;
import org.cairncrm.console.FieldErrors;
import org.cairncrm.console.RecordList;
import org.cairncrm.platform.api.access.Permission;
import org.cairncrm.platform.api.access.Scope;
import org.cairncrm.platform.api.access.ScopedType;
import org.cairncrm.platform.api.error.ConflictException;
import org.cairncrm.platform.api.error.RecordNotFoundException;
import org.cairncrm.platform.api.error.ValidationException;
import org.cairncrm.platform.people.AccountData;
import org.cairncrm.platform.people.Roles;
import org.cairncrm.platform.api.paging.PageRequest;
import org.cairncrm.platform.people.GrantData;
import org.cairncrm.platform.people.RoleData;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** Administration: roles with their keys, scopes and lines, and to whom the selected role is granted. */
public class RolesView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private RoleData selected;
    private final HorizontalLayout grantBar = new HorizontalLayout();

    public RolesView() {
        setSizeFull();
        add(new H2(Texts.get("roles.title")));
        RecordList<RoleData> list = new RecordList<>(ConsoleServices.get().roles()::list);
        list.setId("roles");
        list.addColumn("name", Texts.get("roles.name"), RoleData::name);
        list.addColumn("label", Texts.get("roles.label"), RoleData::label);
        list.addPlainColumn(Texts.get("roles.permissions"), r -> String.join(", ", r.permissions()));
        list.addPlainColumn(Texts.get("roles.scopes"), r -> r.scopes().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
        list.addPlainColumn(Texts.get("roles.lines"), r -> r.linesOfBusiness().isEmpty() ? Texts.get("roles.allLines")
                : String.join(", ", r.linesOfBusiness()));
        Grid<GrantData> grants = new Grid<>();
        grants.setId("grants");
        grants.setSelectionMode(Grid.SelectionMode.MULTI);
        grants.addColumn(g -> g.account() != null ? g.account() : g.group()).setHeader(Texts.get("roles.grantee"));
        grants.addColumn(g -> g.account() != null ? Texts.get("roles.account") : Texts.get("roles.group"))
                .setHeader(Texts.get("roles.kind"));
        list.grid().addItemClickListener(click -> {
            selected = click.getItem();
            showGrants(grants);
        });
        if (SignedIn.identity().map(i -> i.has("people.role.manage")).orElse(false)) {
            Button create = new Button(Texts.get("roles.new"), e -> edit(null, list));
            create.setId("new-role");
            Button change = new Button(Texts.get("roles.edit"), e -> {
                if (selected != null) {
                    edit(ConsoleServices.get().roles().get(selected.id()), list);
                }
            });
            change.setId("edit-role");
            Button delete = new Button(Texts.get("roles.delete"), e -> {
                if (selected != null) {
                    RoleData role = selected;
                    Confirm.ask(MessageFormat.format(Texts.get("roles.deleteConfirm"), role.name()),
                            Texts.get("card.delete"), () -> {
                                if (act(() -> {
                                    ConsoleServices.get().roles().delete(role.id());
                                    return null;
                                }, Texts.get("card.deleted"))) {
                                    selected = null;
                                    grants.setItems(List.of());
                                }
                                list.refresh();
                            });
                }
            });
            delete.setId("delete-role");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            ComboBox<AccountData> account = new ComboBox<>();
            account.setPlaceholder(Texts.get("roles.grantTo"));
            account.setItems(ConsoleServices.get().accounts().list(new PageRequest(0, PageRequest.MAX_SIZE,
                    List.of(), List.of(), java.util.Optional.empty())).items());
            account.setItemLabelGenerator(AccountData::login);
            account.setId("grant-account");
            Button grant = new Button(Texts.get("roles.grant"), e -> {
                if (selected != null && account.getValue() != null) {
                    act(() -> ConsoleServices.get().roles().grant(new GrantData(null, selected.id(), null,
                            account.getValue().id(), null, null, null, null)), Texts.get("card.saved"));
                    showGrants(grants);
                }
            });
            grant.setId("grant");
            // a role granted to an employee group applies to every account of its members
            ComboBox<org.cairncrm.platform.people.GroupData> group = new ComboBox<>();
            group.setPlaceholder(Texts.get("roles.grantToGroup"));
            group.setItems(ConsoleServices.get().groups().list(new PageRequest(0, PageRequest.MAX_SIZE,
                    List.of(), List.of(), java.util.Optional.empty())).items());
            group.setItemLabelGenerator(org.cairncrm.platform.people.GroupData::name);
            group.setId("grant-group");
            Button grantGroup = new Button(Texts.get("roles.grant"), e -> {
                if (selected != null && group.getValue() != null) {
                    act(() -> ConsoleServices.get().roles().grant(new GrantData(null, selected.id(), null, null,
                            null, group.getValue().id(), null, null)), Texts.get("card.saved"));
                    showGrants(grants);
                }
            });
            grantGroup.setId("grant-to-group");
            Button revoke = new Button(Texts.get("roles.revoke"), e -> {
                grants.getSelectedItems().forEach(g -> act(() -> {
                    ConsoleServices.get().roles().revoke(g.id());
                    return null;
                }, Texts.get("card.saved")));
                showGrants(grants);
            });
            revoke.setId("revoke");
            add(new HorizontalLayout(create, change, delete));
            grantBar.add(account, grant, group, grantGroup, revoke);
            grantBar.setWrap(true);
        }
        add(list, new H3(Texts.get("roles.grants")), grantBar, grants);
        setFlexGrow(2, list);
        setFlexGrow(1, grants);
    }

    private void showGrants(Grid<GrantData> grants) {
        if (selected != null) {
            grants.setItems(ConsoleServices.get().roles().grants(new PageRequest(0, PageRequest.MAX_SIZE, List.of(),
                    List.of(), java.util.Optional.empty()), selected.id(), null, null).items());
        }
    }

    /** Runs a change as the signed-in user and says {@code done}; refusals become notices. */
    private static boolean act(java.util.function.Supplier<?> change, String done) {
        try {
            Hooks.asCaller(change);
            Notification.show(done);
            return true;
        } catch (ValidationException | ConflictException | RecordNotFoundException refused) {
            Notification.show(refused.getMessage());
            return false;
        }
    }

    private void edit(RoleData role, RecordList<RoleData> list) {
        Roles roles = ConsoleServices.get().roles();
        Dialog dialog = new Dialog();
        dialog.setId("role-editor");
        dialog.setHeaderTitle(role == null ? Texts.get("roles.new") : role.name());
        TextField name = new TextField(Texts.get("roles.name"));
        name.setId("role-name");
        TextField label = new TextField(Texts.get("roles.label"));
        label.setId("role-label");
        MultiSelectComboBox<String> permissions = new MultiSelectComboBox<>(Texts.get("roles.permissions"));
        permissions.setId("role-permissions");
        java.util.Set<String> keys = new java.util.TreeSet<>(roles.declaredPermissions().keySet());
        keys.add(Permission.EVERYTHING);
        if (role != null) {
            keys.addAll(role.permissions());
        }
        permissions.setItems(keys);
        permissions.setItemLabelGenerator(k -> {
            Permission p = roles.declaredPermissions().get(k);
            return p == null ? k : k + " (" + p.label() + ")";
        });
        MultiSelectComboBox<String> lines = new MultiSelectComboBox<>(Texts.get("roles.lines"));
        lines.setItems(new java.util.TreeSet<>(SignedIn.identity().orElseThrow().linesOfBusiness()));
        lines.setPlaceholder(Texts.get("roles.allLines"));
        FormLayout form = new FormLayout(name, label, permissions, lines);
        java.util.Map<String, ComboBox<Scope>> scopes = new java.util.TreeMap<>();
        for (ScopedType type : roles.scopedTypes().values()) {
            ComboBox<Scope> scope = new ComboBox<>(Texts.get("roles.scopes") + ": " + type.label(), Scope.values());
            scope.setPlaceholder(Scope.OWN.name());
            scopes.put(type.type(), scope);
            form.add(scope);
        }
        if (role != null) {
            name.setValue(role.name());
            label.setValue(role.label());
            permissions.setValue(new java.util.HashSet<>(role.permissions()));
            lines.setValue(new java.util.HashSet<>(role.linesOfBusiness()));
            role.scopes().forEach((type, scope) -> {
                if (scopes.containsKey(type)) {
                    scopes.get(type).setValue(scope);
                }
            });
        }
        Button save = new Button(Texts.get("card.save"), e -> {
            java.util.Map<String, Scope> chosen = new java.util.TreeMap<>();
            scopes.forEach((type, box) -> {
                if (box.getValue() != null) {
                    chosen.put(type, box.getValue());
                }
            });
            RoleData data = new RoleData(role == null ? null : role.id(), role == null ? null : role.version(),
                    name.getValue(), label.getValue(), role == null ? null : role.description(),
                    List.copyOf(permissions.getValue()), chosen, List.copyOf(lines.getValue()), null);
            try {
                Hooks.asCaller(() -> role == null ? roles.create(data) : roles.update(role.id(), data));
                dialog.close();
                Notification.show(Texts.get("card.saved"));
                list.refresh();
            } catch (ValidationException invalid) {
                FieldErrors.show(invalid, java.util.Map.of("name", name, "label", label, "permissions",
                        permissions, "linesOfBusiness", lines));
            } catch (ConflictException conflict) {
                Notification.show(conflict.getMessage());
            }
        });
        save.setId("save-role");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form);
        dialog.getFooter().add(new Button(Texts.get("cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
