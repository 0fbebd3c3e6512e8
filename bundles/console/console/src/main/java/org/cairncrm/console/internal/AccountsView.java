package org.cairncrm.console.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

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
            add(new HorizontalLayout(lock, unlock));
        }
        add(list);
        expand(list);
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
