package org.cairncrm.contacts.ui.internal;

import static org.cairncrm.contacts.ui.internal.ContactsConsole.TEXTS;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.cairncrm.console.Confirm;
import org.cairncrm.contacts.DeletionRequestData;
import org.cairncrm.contacts.DeletionState;
import org.cairncrm.contacts.Deletions;
import org.cairncrm.platform.api.RecordRef;
import org.cairncrm.platform.api.access.Access;
import org.cairncrm.platform.api.error.ConflictException;
import org.cairncrm.platform.api.error.RecordNotFoundException;
import org.cairncrm.platform.api.error.ValidationException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/** Delete (or ask for it), restore and purge on a company's or representative's card. */
final class DeletionActions {

    private DeletionActions() {
    }

    /** "Delete" for a current record; its outcome is told and {@code listView} opens. */
    static Button delete(RecordRef record, String name, String deleteKey, Class<? extends Component> listView) {
        boolean approver = Access.has(Deletions.APPROVE);
        Button delete = new Button(TEXTS.get("delete"), e -> {
            Dialog dialog = new Dialog();
            dialog.setId("delete-dialog");
            dialog.setHeaderTitle(TEXTS.get(approver ? "deletion.confirmNow" : "deletion.confirmAsk", name));
            TextArea reason = new TextArea(TEXTS.get("deletion.reason"));
            reason.setId("deletion-reason");
            reason.setWidthFull();
            reason.setMaxLength(1000);
            Button go = new Button(TEXTS.get(approver ? "delete" : "deletion.ask"), click -> {
                try {
                    DeletionRequestData done = ContactsConsole.get().deletions.delete(record, reason.getValue());
                    dialog.close();
                    Notification.show(TEXTS.get(done.state() == DeletionState.PENDING ? "deletion.asked"
                            : "deletion.archived", name));
                    UI.getCurrent().navigate(listView);
                } catch (ConflictException | ValidationException | RecordNotFoundException refused) {
                    Notification.show(refused.getMessage());
                }
            });
            go.setId("deletion-go");
            go.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
            dialog.add(reason);
            dialog.getFooter().add(new Button(TEXTS.get("cancel"), c -> dialog.close()), go);
            dialog.open();
        });
        delete.setId("delete-record");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.setVisible(Access.has(deleteKey) || approver);
        return delete;
    }

    /** The line on an archived record's card: since when, and Restore / Purge for those who may. */
    static Component archived(RecordRef record, String name, java.time.Instant at, Runnable reopen,
                              Class<? extends Component> listView) {
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(UI.getCurrent().getLocale()).withZone(ZoneId.systemDefault()).format(at);
        Span text = new Span(TEXTS.get("deletion.archivedSince", when));
        text.getStyle().set("color", "var(--lumo-error-text-color)");
        HorizontalLayout line = new HorizontalLayout(text);
        line.setId("archived-banner");
        line.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
        Button restore = new Button(TEXTS.get("deletion.restore"), e -> {
            ContactsConsole.get().deletions.restore(record);
            Notification.show(TEXTS.get("deletion.restored", name));
            reopen.run();
        });
        restore.setId("restore-record");
        line.add(restore);
        if (Access.has(Deletions.PURGE)) {
            Button purge = new Button(TEXTS.get("deletion.purge"), e -> Confirm.ask(
                    TEXTS.get("deletion.purgeConfirm", name), TEXTS.get("deletion.purge"), () -> {
                        try {
                            ContactsConsole.get().deletions.purge(record);
                            Notification.show(TEXTS.get("deleted"));
                            UI.getCurrent().navigate(listView);
                        } catch (ConflictException refused) {
                            Notification.show(refused.getMessage());
                        }
                    }));
            purge.setId("purge-record");
            purge.addThemeVariants(ButtonVariant.LUMO_ERROR);
            line.add(purge);
        }
        return line;
    }
}
