package org.cairncrm.journal.ui.internal;

import static org.cairncrm.journal.ui.internal.JournalConsole.TEXTS;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cairncrm.console.FieldErrors;
import org.cairncrm.contacts.RepresentativeData;
import org.cairncrm.journal.CaseData;
import org.cairncrm.journal.JournalSetting;
import org.cairncrm.journal.JournalSettings.Kind;
import org.cairncrm.journal.NextAction;
import org.cairncrm.journal.StepData;
import org.cairncrm.platform.api.error.ValidationException;
import org.cairncrm.platform.api.paging.Filter;
import org.cairncrm.platform.api.paging.PageRequest;
import org.cairncrm.platform.people.EmployeeData;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Records a step in a case and, while the case is open, asks for its next action in the same go: nothing is saved
 * until both are right.
 */
final class StepDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    final ComboBox<String> kind = new ComboBox<>(TEXTS.get("step.kind"));
    final DateTimePicker at = new DateTimePicker(TEXTS.get("step.at"));
    final ComboBox<RepresentativeData> with = new ComboBox<>(TEXTS.get("step.with"));
    final TextArea notes = new TextArea(TEXTS.get("step.notes"));
    final TextField outcome = new TextField(TEXTS.get("step.outcome"));
    final TextField nextWhat = new TextField(TEXTS.get("next.what"));
    final ComboBox<EmployeeData> nextBy = new ComboBox<>(TEXTS.get("next.by"));
    final DatePicker nextDue = org.cairncrm.console.DateFields.date(TEXTS.get("next.due"));
    private final CaseData target;
    private final Runnable done;

    StepDialog(CaseData target, List<EmployeeData> staff, Runnable done) {
        this.target = target;
        this.done = done;
        JournalConsole services = JournalConsole.get();
        setId("step-dialog");
        setHeaderTitle(TEXTS.get("step.record") + ": " + target.topic());
        var kinds = services.labels(Kind.STEP, null);
        kind.setId("step-kind");
        kind.setItems(services.settings.list(Kind.STEP, null).stream().filter(JournalSetting::isActive)
                .map(JournalSetting::code).toList());
        kind.setItemLabelGenerator(c -> kinds.getOrDefault(c, c));
        kind.setRequiredIndicatorVisible(true);
        at.setId("step-at");
        at.setValue(LocalDateTime.now(services.clock).withSecond(0).withNano(0));
        with.setId("step-with");
        with.setItems(services.representatives.list(new PageRequest(0, PageRequest.MAX_SIZE, List.of(),
                List.of(Filter.eq("company", String.valueOf(target.companyId()))), Optional.empty())).items());
        with.setItemLabelGenerator(RepresentativeData::displayName);
        with.setClearButtonVisible(true);
        if (target.representativeId() != null) {
            with.getListDataView().getItems().filter(r -> r.id().equals(target.representativeId())).findFirst()
                    .ifPresent(with::setValue);
        }
        notes.setId("step-notes");
        outcome.setId("step-outcome");
        FormLayout step = new FormLayout(kind, at, with, outcome, notes);
        step.setColspan(notes, 2);
        add(step);
        boolean open = target.closedAt() == null;
        if (open) {
            nextWhat.setId("next-what");
            nextBy.setId("next-by");
            nextBy.setItems(staff);
            nextBy.setItemLabelGenerator(e -> e.fullName());
            Long by = target.nextAction() == null ? target.ownerId() : target.nextAction().byEmployeeId();
            staff.stream().filter(e -> e.id().equals(by)).findFirst().ifPresent(nextBy::setValue);
            nextDue.setId("next-due");
            nextWhat.setRequiredIndicatorVisible(true);
            nextDue.setRequiredIndicatorVisible(true);
            FormLayout next = new FormLayout(nextWhat, nextBy, nextDue);
            next.setColspan(nextWhat, 2);
            add(new H4(TEXTS.get("next.ask")), next);
        }
        Button save = new Button(TEXTS.get("save"), e -> save(open));
        save.setId("save-step");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(TEXTS.get("cancel"), e -> close());
        getFooter().add(cancel, save);
        setWidth("48em");
    }

    void save(boolean open) {
        JournalConsole services = JournalConsole.get();
        StepData step = new StepData(null, null, kind.getValue(), at.getValue() == null ? null
                : at.getValue().atZone(ZoneId.systemDefault()).toInstant(), null,
                with.getValue() == null ? null : with.getValue().id(), notes.getValue(), outcome.getValue(), null);
        NextAction next = !open || nextWhat.getValue().isBlank() && nextDue.getValue() == null ? null
                : new NextAction(nextWhat.getValue(), nextBy.getValue() == null ? null : nextBy.getValue().id(),
                nextDue.getValue());
        Map<String, HasValidation> targets = new LinkedHashMap<>();
        targets.put("step.kind", kind);
        targets.put("step.at", at);
        targets.put("step.withRepresentativeId", with);
        targets.put("step.notes", notes);
        targets.put("step.outcome", outcome);
        targets.put("next", nextWhat);
        targets.put("next.what", nextWhat);
        targets.put("next.due", nextDue);
        try {
            FieldErrors.check(targets);
            String before = target.stage();
            services.journal.recordStep(target.id(), step, next);
            CaseData after = services.journal.get(target.id());
            Notification.show(after.stage() != null && !after.stage().equals(before)
                    ? TEXTS.get("step.savedMoved", services.label(Kind.STAGE, after.type(), after.stage()))
                    : TEXTS.get("step.saved"));
            close();
            done.run();
        } catch (ValidationException e) {
            FieldErrors.show(e, targets);
        }
    }
}
