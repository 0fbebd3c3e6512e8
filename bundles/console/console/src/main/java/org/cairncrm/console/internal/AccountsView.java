package org.cairncrm.console.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

import org.cairncrm.console.Confirm;
import org.cairncrm.console.RecordList;
import org.cairncrm.platform.api.access.Identity;
import org.cairncrm.platform.api.error.ConflictException;
import org.cairncrm.platform.people.AccountData;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** Administration: accounts, with locking and unlocking of the marked ones (people.account.manage). */
public class AccountsView extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final RecordList<AccountData> list = new RecordList<>(ConsoleServices.get().accounts()::list);

    public AccountsView() {
        setSizeFull();
        add(new H2(Texts.get("accounts.title")));
        list.setId("accounts");
        list.addColumn("login", Texts.get("accounts.login"), AccountData::login);
        list.addPlainColumn(Texts.get("accounts.employee"), AccountData::employeeName);
        list.addColumn("enabled", Texts.get("accounts.enabled"),
                a -> a.enabled() ? Texts.get("yes") : Texts.get("no"));
        list.addPlainColumn(Texts.get("accounts.lockedUntil"),
                a -> a.lockedUntil() == null ? "" : WHEN.format(a.lockedUntil()));
        list.addColumn("lastLoginAt", Texts.get("accounts.lastLogin"),
                a -> a.lastLoginAt() == null ? "" : WHEN.format(a.lastLoginAt()));
        list.addPlainColumn(Texts.get("accounts.roles"), a -> String.join(", ", a.roles()));
        if (SignedIn.identity().map(i -> i.has("people.account.manage")).orElse(false)) {
            Button lock = new Button(Texts.get("accounts.lock"), e -> each(ConsoleServices.get().accounts()::lock));
            lock.setId("lock");
            Button unlock = new Button(Texts.get("accounts.unlock"),
                    e -> each(ConsoleServices.get().accounts()::unlock));
            unlock.setId("unlock");
            Button create = new Button(Texts.get("accounts.new"), e -> create());
            create.setId("new-account");
            Button reset = new Button(Texts.get("accounts.reset"), e -> reset());
            reset.setId("reset-password");
            Button delete = new Button(Texts.get("accounts.delete"), e -> {
                if (!list.marked().isEmpty()) {
                    Confirm.ask(java.text.MessageFormat.format(Texts.get("accounts.deleteConfirm"),
                            list.marked().size()), Texts.get("card.delete"), this::delete);
                }
            });
            delete.setId("delete-accounts");
            delete.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_ERROR);
            add(new HorizontalLayout(create, lock, unlock, reset, delete));
        }
        // clicking a row marks it, as its checkbox does
        list.grid().addItemClickListener(click -> list.grid().select(click.getItem()));
        add(list);
        expand(list);
    }

    /** A new password for the one marked account; its owner must replace it at the next sign-in. */
    private void reset() {
        if (list.marked().size() != 1) {
            Notification.show(Texts.get("accounts.markOne"));
            return;
        }
        AccountData account = list.marked().iterator().next();
        com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setHeaderTitle(Texts.get("accounts.reset") + ": " + account.login());
        com.vaadin.flow.component.textfield.PasswordField password =
                new com.vaadin.flow.component.textfield.PasswordField(Texts.get("accounts.firstPassword"));
        password.setId("reset-password-value");
        Button save = new Button(Texts.get("card.save"), e -> {
            try {
                Hooks.asCaller(() -> {
                    ConsoleServices.get().accounts().setPassword(account.login(), password.getValue().toCharArray(),
                            true);
                    return null;
                });
                dialog.close();
                Notification.show(Texts.get("card.saved"));
                list.refresh();
            } catch (org.cairncrm.platform.api.error.ValidationException invalid) {
                org.cairncrm.console.FieldErrors.show(invalid, java.util.Map.of("password", password));
            }
        });
        save.setId("save-reset");
        dialog.add(password);
        dialog.getFooter().add(new Button(Texts.get("cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    /** A further account for an employee, with a first password its owner must replace. */
    private void create() {
        com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setHeaderTitle(Texts.get("accounts.new"));
        com.vaadin.flow.component.textfield.TextField login = new com.vaadin.flow.component.textfield.TextField(
                Texts.get("accounts.login"));
        login.setId("new-login");
        com.vaadin.flow.component.combobox.ComboBox<org.cairncrm.platform.people.EmployeeData> employee =
                new com.vaadin.flow.component.combobox.ComboBox<>(Texts.get("accounts.employee"));
        employee.setId("new-account-employee");
        employee.setItems(ConsoleServices.get().employees().staff());
        employee.setItemLabelGenerator(org.cairncrm.platform.people.EmployeeData::fullName);
        com.vaadin.flow.component.textfield.PasswordField password =
                new com.vaadin.flow.component.textfield.PasswordField(Texts.get("accounts.firstPassword"));
        password.setId("new-password");
        Button save = new Button(Texts.get("card.save"), e -> {
            try {
                Hooks.asCaller(() -> ConsoleServices.get().accounts().add(new org.cairncrm.platform.people.NewAccount(
                        login.getValue(), employee.getValue() == null ? null : employee.getValue().id(),
                        password.getValue())));
                dialog.close();
                Notification.show(Texts.get("card.saved"));
                list.refresh();
            } catch (org.cairncrm.platform.api.error.ValidationException invalid) {
                org.cairncrm.console.FieldErrors.show(invalid, java.util.Map.of("login", login, "employeeId",
                        employee, "password", password));
            }
        });
        save.setId("save-account");
        dialog.add(new com.vaadin.flow.component.formlayout.FormLayout(login, employee, password));
        dialog.getFooter().add(new Button(Texts.get("cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    /** Deletes the marked accounts with their grants and tokens; one's own is refused. */
    private void delete() {
        int done = 0;
        for (AccountData account : list.marked()) {
            try {
                Hooks.asCaller(() -> {
                    ConsoleServices.get().accounts().delete(account.id());
                    return null;
                });
                done++;
            } catch (ConflictException | org.cairncrm.platform.api.error.RecordNotFoundException refused) {
                Notification.show(account.login() + ": " + refused.getMessage());
            }
        }
        Notification.show(Texts.get("accounts.done").replace("{0}", String.valueOf(done)));
        list.grid().deselectAll();
        list.refresh();
    }

    /** Applies {@code action} to every marked account, each on its own, and says what happened. */
    private void each(Consumer<String> action) {
        Identity me = SignedIn.identity().orElseThrow();
        int done = 0;
        for (AccountData account : list.marked()) {
            try {
                org.cairncrm.platform.api.access.Access.runAs(me, () -> {
                    action.accept(account.login());
                    return null;
                });
                done++;
            } catch (ConflictException refused) {
                Notification.show(account.login() + ": " + refused.getMessage());
            }
        }
        Notification.show(Texts.get("accounts.done").replace("{0}", String.valueOf(done)));
        list.grid().deselectAll();
        list.refresh();
    }
}
