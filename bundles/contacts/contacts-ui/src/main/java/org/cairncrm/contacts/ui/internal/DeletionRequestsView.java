package org.cairncrm.contacts.ui.internal;

import static org.cairncrm.contacts.ui.internal.ContactsConsole.TEXTS;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import org.cairncrm.console.RecordList;
import org.cairncrm.contacts.Companies;
import org.cairncrm.contacts.DeletionRequestData;
import org.cairncrm.contacts.DeletionState;
import org.cairncrm.platform.api.error.ConflictException;
import org.cairncrm.platform.api.error.RecordNotFoundException;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;

/** The deletions asked for: those waiting first; an approver approves (archives) or rejects each. */
public class DeletionRequestsView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final RecordList<DeletionRequestData> list = new RecordList<>(ContactsConsole.get().deletions::list);

    public DeletionRequestsView() {
        setSizeFull();
        setId("deletions-view");
        add(new H2(TEXTS.get("deletions.title")));
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(UI.getCurrent().getLocale()).withZone(ZoneId.systemDefault());
        list.setId("deletion-requests");
        list.addPlainColumn(TEXTS.get("deletions.record"), DeletionRequestData::recordName).setFlexGrow(2);
        list.addPlainColumn(TEXTS.get("deletions.kind"), d -> TEXTS.get(d.recordType().equals(Companies.TYPE)
                ? "company.title" : "representative.kind"));
        list.addPlainColumn(TEXTS.get("deletion.reason"), DeletionRequestData::reason).setFlexGrow(2);
        list.addPlainColumn(TEXTS.get("deletions.askedBy"), DeletionRequestData::requestedBy);
        list.addColumn("createdAt", TEXTS.get("deletions.askedAt"), d -> when.format(d.requestedAt()));
        list.addColumn("state", TEXTS.get("deletions.state"), d -> TEXTS.get("deletions." + d.state().name()));
        list.addPlainColumn(TEXTS.get("deletions.decidedBy"), d -> d.decidedBy() == null ? "" : d.decidedBy());
        list.addChoiceFilter("state", TEXTS.get("deletions.state"), List.of("PENDING", "APPROVED", "REJECTED"))
                .setItemLabelGenerator(s -> TEXTS.get("deletions." + s));
        list.grid().addItemClickListener(click -> decide(click.getItem()));
        add(list);
        expand(list);
    }

    private void decide(DeletionRequestData request) {
        if (request.state() != DeletionState.PENDING) {
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setId("decision-dialog");
        dialog.setHeaderTitle(request.recordName());
        TextArea note = new TextArea(TEXTS.get("deletions.note"));
        note.setId("decision-note");
        note.setWidthFull();
        Button open = new Button(TEXTS.get("deletions.open"), e -> {
            dialog.close();
            RouteParameters id = new RouteParameters("id", String.valueOf(request.recordId()));
            if (request.recordType().equals(Companies.TYPE)) {
                UI.getCurrent().navigate(CompanyCardView.class, id);
            } else {
                UI.getCurrent().navigate(RepresentativeCardView.class, id);
            }
        });
        Button reject = new Button(TEXTS.get("deletions.reject"), e -> act(dialog, () ->
                ContactsConsole.get().deletions.reject(request.id(), note.getValue())));
        reject.setId("reject-deletion");
        Button approve = new Button(TEXTS.get("deletions.approve"), e -> act(dialog, () ->
                ContactsConsole.get().deletions.approve(request.id(), note.getValue())));
        approve.setId("approve-deletion");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.add(new Paragraph(request.reason() == null ? "" : request.reason()), note);
        dialog.getFooter().add(open, new Button(TEXTS.get("cancel"), e -> dialog.close()), reject, approve);
        dialog.open();
    }

    private void act(Dialog dialog, java.util.function.Supplier<DeletionRequestData> decision) {
        try {
            DeletionRequestData done = decision.get();
            dialog.close();
            Notification.show(TEXTS.get("deletions.done." + done.state().name(), done.recordName()));
        } catch (ConflictException | RecordNotFoundException refused) {
            Notification.show(refused.getMessage());
        }
        list.refresh();
    }
}
