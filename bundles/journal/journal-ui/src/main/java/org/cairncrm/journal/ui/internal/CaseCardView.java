package org.cairncrm.journal.ui.internal;

import static org.cairncrm.journal.ui.internal.JournalConsole.TEXTS;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cairncrm.console.FieldErrors;
import org.cairncrm.console.RecordCard;
import org.cairncrm.contacts.CompanyData;
import org.cairncrm.contacts.RepresentativeData;
import org.cairncrm.journal.CaseData;
import org.cairncrm.journal.Journal;
import org.cairncrm.journal.JournalSetting;
import org.cairncrm.journal.JournalSettings.Kind;
import org.cairncrm.journal.NextAction;
import org.cairncrm.journal.StageChange;
import org.cairncrm.journal.StepData;
import org.cairncrm.platform.api.RecordRef;
import org.cairncrm.platform.api.access.Access;
import org.cairncrm.platform.api.error.ConflictException;
import org.cairncrm.platform.api.error.RecordNotFoundException;
import org.cairncrm.platform.api.error.ValidationException;
import org.cairncrm.platform.api.paging.Filter;
import org.cairncrm.platform.api.paging.PageRequest;
import org.cairncrm.platform.people.EmployeeData;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouteParameters;

/**
 * A case's card: its pipeline with the stage it is at, its next action, "Record step", the details with the type's
 * entry form, the steps, the stages it went through and its change history. At {@code journal/cases/new} (or
 * {@code new-for-<company>}) the same form opens a case.
 */
public class CaseCardView extends VerticalLayout implements BeforeEnterObserver {

    static final String NEW = "new";
    static final java.time.format.DateTimeFormatter WHEN =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final long serialVersionUID = 1L;

    private final TextField topic = text("topic", "case.topic");
    private final ComboBox<CompanyData> company = new ComboBox<>(TEXTS.get("case.company"));
    private final ComboBox<RepresentativeData> representative = new ComboBox<>(TEXTS.get("case.representative"));
    private final MultiSelectComboBox<RepresentativeData> others = new MultiSelectComboBox<>(
            TEXTS.get("case.others"));
    private final MultiSelectComboBox<EmployeeData> interested = new MultiSelectComboBox<>(
            TEXTS.get("case.interested"));
    private final ComboBox<String> type = new ComboBox<>(TEXTS.get("case.type"));
    private final ComboBox<String> status = new ComboBox<>(TEXTS.get("case.status"));
    private final ComboBox<String> priority = new ComboBox<>(TEXTS.get("case.priority"));
    private final ComboBox<EmployeeData> owner = new ComboBox<>(TEXTS.get("case.owner"));
    private final TextField line = text("lineOfBusiness", "case.line");
    private final TextField nextWhat = text("nextAction.what", "next.what");
    private final ComboBox<EmployeeData> nextBy = new ComboBox<>(TEXTS.get("next.by"));
    private final DatePicker nextDue = org.cairncrm.console.DateFields.date(TEXTS.get("next.due"));
    private final VerticalLayout formHolder = new VerticalLayout();
    private FormFields form;
    private CaseData current;
    private List<EmployeeData> staff;

    public CaseCardView() {
        setSizeFull();
        setId("case-card");
        JournalConsole services = JournalConsole.get();
        staff = services.employees.list(new PageRequest(0, PageRequest.MAX_SIZE, List.of(), List.of(),
                Optional.empty())).items();
        company.setId("companyId");
        company.setItemLabelGenerator(CompanyData::name);
        company.setItems(query -> services.companies.list(new PageRequest(query.getPage(), query.getPageSize(),
                List.of(), List.of(), query.getFilter().filter(f -> !f.isBlank()))).items().stream());
        company.addValueChangeListener(e -> representatives(e.getValue()));
        representative.setId("representativeId");
        representative.setItemLabelGenerator(RepresentativeData::displayName);
        representative.setClearButtonVisible(true);
        others.setId("otherRepresentativeIds");
        others.setItemLabelGenerator(RepresentativeData::displayName);
        interested.setId("interestedEmployeeIds");
        interested.setItems(staff);
        interested.setItemLabelGenerator(e -> e.fullName());
        var types = services.labels(Kind.TYPE, null);
        type.setId("type");
        type.setItems(services.settings.list(Kind.TYPE, null).stream().filter(JournalSetting::isActive)
                .map(JournalSetting::code).toList());
        type.setItemLabelGenerator(c -> types.getOrDefault(c, c));
        type.addValueChangeListener(e -> {
            if (e.isFromClient() || current == null) {
                showForm(e.getValue(), form == null ? Map.of() : form.values());
            }
        });
        var statuses = services.labels(Kind.STATUS, null);
        status.setId("status");
        status.setItems(statuses.keySet());
        status.setItemLabelGenerator(c -> statuses.getOrDefault(c, c));
        priority.setId("priority");
        priority.setItems("LOW", "NORMAL", "HIGH", "URGENT");
        priority.setItemLabelGenerator(p -> TEXTS.get("priority." + p));
        for (ComboBox<EmployeeData> who : List.of(owner, nextBy)) {
            who.setItems(staff);
            who.setItemLabelGenerator(e -> e.fullName());
        }
        owner.setId("ownerId");
        nextBy.setId("nextAction.byEmployeeId");
        nextDue.setId("nextAction.due");
        formHolder.setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        removeAll();
        JournalConsole services = JournalConsole.get();
        if (id.startsWith(NEW)) {
            if (!Access.has(Journal.CREATE)) {
                event.forwardTo(CasesView.class);
                return;
            }
            current = null;
            show(CaseData.open("", 0, "lead", null));
            owner.setValue(employee(Access.signedIn().employeeId()));
            nextBy.setValue(owner.getValue());
            if (id.startsWith(NEW + "-for-")) {
                try {
                    company.setValue(services.companies.get(Long.parseLong(id.substring(NEW.length() + 5))));
                } catch (NumberFormatException | RecordNotFoundException unknown) {
                    company.clear();
                }
            }
            add(new H2(TEXTS.get("cases.new")), details(true));
            return;
        }
        try {
            current = services.journal.get(Long.parseLong(id));
        } catch (NumberFormatException | RecordNotFoundException missing) {
            Notification.show(TEXTS.get("case.notFound"));
            event.forwardTo(CasesView.class);
            return;
        }
        showCard();
    }

    private void showCard() {
        removeAll();
        JournalConsole services = JournalConsole.get();
        show(current);
        add(header(services));
        RecordCard card = new RecordCard(current.topic(), new RecordRef(Journal.CASE_TYPE, current.id()), "cases",
                details(Access.has(Journal.UPDATE)));
        card.addTab(TEXTS.get("steps.title"), steps(services));
        card.addTab(TEXTS.get("stages.title"), stages(services));
        add(card);
        expand(card);
    }

    /** The customer, the pipeline with its stage buttons, the next action and "Record step". */
    private Component header(JournalConsole services) {
        VerticalLayout header = new VerticalLayout();
        header.setPadding(false);
        HorizontalLayout top = new HorizontalLayout();
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        // the customer and the people of the case open their cards
        com.vaadin.flow.component.html.Anchor company = org.cairncrm.console.RecordLinks.anchor(
                new RecordRef(org.cairncrm.contacts.Companies.TYPE, current.companyId()),
                current.companyName() == null ? "#" + current.companyId() : current.companyName());
        company.setId("case-company");
        Span customer = new Span(" · " + services.label(Kind.TYPE, null, current.type()) + " · "
                + services.label(Kind.STATUS, null, current.status()));
        customer.setId("case-summary");
        top.add(company, customer);
        List<Long> people = new java.util.ArrayList<>();
        if (current.representativeId() != null) {
            people.add(current.representativeId());
        }
        if (current.otherRepresentativeIds() != null) {
            current.otherRepresentativeIds().stream().filter(id -> !people.contains(id)).forEach(people::add);
        }
        for (Long person : people) {
            com.vaadin.flow.component.html.Anchor link = org.cairncrm.console.RecordLinks.anchor(
                    new RecordRef(org.cairncrm.contacts.Representatives.TYPE, person),
                    services.representative(person));
            link.setId("case-representative-" + person);
            top.add(link);
        }
        if (Access.has(Journal.RECORD_STEP)) {
            Button record = new Button(TEXTS.get("step.record"), e -> new StepDialog(current, staff, this::reload)
                    .open());
            record.setId("record-step");
            record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            top.add(record);
        }
        top.add(JournalTabs.print(current.companyId()));
        header.add(top);
        if (current.closedAt() == null && current.nextAction() != null) {
            NextAction next = current.nextAction();
            boolean overdue = current.overdueOn(services.today());
            Span line = new Span(TEXTS.get("next.line", next.what(), services.employee(next.byEmployeeId()),
                    next.due()) + (overdue ? " ⚠ " + TEXTS.get("next.overdue") : ""));
            line.setId("case-next-action");
            if (overdue) {
                line.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "bold");
            }
            header.add(line);
        }
        List<JournalSetting> stages = services.settings.list(Kind.STAGE, current.type());
        if (!stages.isEmpty()) {
            HorizontalLayout pipeline = new HorizontalLayout(new Span(TEXTS.get("case.stage") + ":"));
            pipeline.setId("case-pipeline");
            pipeline.setAlignItems(FlexComponent.Alignment.BASELINE);
            boolean mayMove = Access.has(Journal.UPDATE) && current.closedAt() == null;
            for (JournalSetting stage : stages) {
                boolean here = stage.code().equals(current.stage());
                Button b = new Button(stage.label(), e -> {
                    if (!here) {
                        move(stage.code());
                    }
                });
                b.setId("stage-" + stage.code());
                b.addThemeVariants(here ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
                b.setEnabled(mayMove || here);
                if (here) {
                    b.getElement().setAttribute("aria-current", "step");
                }
                pipeline.add(b);
            }
            header.add(pipeline);
        }
        return header;
    }

    private void move(String stage) {
        try {
            current = JournalConsole.get().journal.moveStage(current.id(), current.version(), stage);
            Notification.show(TEXTS.get("stage.moved", JournalConsole.get().label(Kind.STAGE, current.type(),
                    stage)));
            showCard();
        } catch (ValidationException e) {
            Notification.show(e.fieldErrors().get(0).message()).setId("stage-refused");
        } catch (ConflictException e) {
            Notification.show(TEXTS.get("conflict"));
        }
    }

    private void reload() {
        current = JournalConsole.get().journal.get(current.id());
        showCard();
    }

    private Component details(boolean mayEdit) {
        FormLayout main = new FormLayout(topic, company, representative, others, type, status, priority, owner,
                line, interested);
        main.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        main.setColspan(topic, 2);
        VerticalLayout details = new VerticalLayout(main, formHolder);
        details.setPadding(false);
        FormLayout next = new FormLayout(nextWhat, nextBy, nextDue);
        next.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        details.add(new H3(TEXTS.get("next.heading")), next);
        for (HasValue<?, ?> f : List.of(topic, company, representative, others, type, status, priority, owner, line,
                interested, nextWhat, nextBy, nextDue)) {
            f.setReadOnly(!mayEdit);
        }
        showForm(type.getValue(), current == null ? Map.of() : current.fields());
        form.getChildren().forEach(c -> ((HasValue<?, ?>) c).setReadOnly(!mayEdit));
        if (mayEdit) {
            Button save = new Button(TEXTS.get("save"), e -> save());
            save.setId("save-case");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            details.add(save);
        }
        return details;
    }

    private void showForm(String caseType, Map<String, String> values) {
        formHolder.removeAll();
        List<JournalSetting> fields = JournalConsole.get().settings.form(caseType);
        form = new FormFields(fields, values, true);
        if (!fields.isEmpty()) {
            formHolder.add(new H3(TEXTS.get("case.form", JournalConsole.get().label(Kind.TYPE, null, caseType))),
                    form);
        }
    }

    private void show(CaseData c) {
        topic.setValue(c.topic() == null ? "" : c.topic());
        if (c.companyId() != null && c.companyId() > 0) {
            try {
                company.setValue(JournalConsole.get().companies.get(c.companyId()));
            } catch (RecordNotFoundException hidden) {
                company.clear();
            }
        }
        representatives(company.getValue());
        if (c.representativeId() != null) {
            try {
                representative.setValue(JournalConsole.get().representatives.get(c.representativeId()));
            } catch (RecordNotFoundException hidden) {
                representative.clear();
            }
        }
        others.setValue(others.getListDataView().getItems().filter(r -> c.otherRepresentativeIds().contains(r.id()))
                .collect(java.util.stream.Collectors.toSet()));
        interested.setValue(staff.stream().filter(e -> c.interestedEmployeeIds().contains(e.id()))
                .collect(java.util.stream.Collectors.toSet()));
        type.setValue(c.type());
        status.setValue(c.status() == null ? "open" : c.status());
        priority.setValue(c.priority() == null ? "NORMAL" : c.priority());
        owner.setValue(employee(c.ownerId()));
        line.setValue(c.lineOfBusiness() == null ? "" : c.lineOfBusiness());
        line.setPlaceholder("general");
        NextAction next = c.nextAction();
        nextWhat.setValue(next == null ? "" : next.what());
        nextBy.setValue(next == null ? null : employee(next.byEmployeeId()));
        nextDue.setValue(next == null ? null : next.due());
    }

    private void representatives(CompanyData at) {
        RepresentativeData chosen = representative.getValue();
        if (at == null) {
            representative.setItems(List.of());
            others.setItems(List.of());
            return;
        }
        List<RepresentativeData> people = JournalConsole.get().representatives.list(new PageRequest(0,
                PageRequest.MAX_SIZE, List.of(), List.of(Filter.eq("company", String.valueOf(at.id()))),
                Optional.empty())).items();
        representative.setItems(people);
        others.setItems(people);
        if (chosen != null && people.stream().anyMatch(p -> p.id().equals(chosen.id()))) {
            representative.setValue(people.stream().filter(p -> p.id().equals(chosen.id())).findFirst().get());
        }
    }

    private EmployeeData employee(Long id) {
        return id == null ? null : staff.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
    }

    private void save() {
        NextAction next = nextWhat.getValue().isBlank() && nextDue.getValue() == null ? null
                : new NextAction(nextWhat.getValue(), nextBy.getValue() == null ? null : nextBy.getValue().id(),
                nextDue.getValue());
        CaseData entered = new CaseData(null, current == null ? null : current.version(), topic.getValue(),
                company.getValue() == null ? null : company.getValue().id(), null,
                representative.getValue() == null ? null : representative.getValue().id(),
                others.getValue().stream().map(RepresentativeData::id).sorted().toList(),
                owner.getValue() == null ? null : owner.getValue().id(),
                interested.getValue().stream().map(EmployeeData::id).sorted().toList(), type.getValue(),
                status.getValue(),
                priority.getValue(), current == null ? null : current.stage(),
                line.getValue().isBlank() ? null : line.getValue(), next, form.values(), null, null);
        Map<String, HasValidation> targets = targets();
        try {
            FieldErrors.check(targets);
            if (current == null) {
                CaseData created = JournalConsole.get().journal.create(entered);
                Notification.show(TEXTS.get("saved"));
                UI.getCurrent().navigate(CaseCardView.class, new RouteParameters("id", String.valueOf(created.id())));
            } else {
                current = JournalConsole.get().journal.update(current.id(), entered);
                Notification.show(TEXTS.get("saved"));
                showCard();
            }
        } catch (ValidationException e) {
            FieldErrors.show(e, targets);
        } catch (ConflictException e) {
            Notification.show(TEXTS.get("conflict"));
        }
    }

    private Map<String, HasValidation> targets() {
        Map<String, HasValidation> targets = new LinkedHashMap<>();
        for (HasValidation f : List.of(topic, company, representative, others, type, status, priority, owner, line,
                interested, nextWhat, nextBy, nextDue)) {
            targets.put(((Component) f).getId().orElseThrow(), f);
        }
        targets.put("nextAction", nextWhat);
        targets.put("stage", type);
        targets.putAll(form.errorTargets());
        return targets;
    }

    private Component steps(JournalConsole services) {
        Grid<StepData> grid = new Grid<>();
        grid.setId("case-steps");
        grid.addColumn(s -> WHEN.format(s.at().atZone(java.time.ZoneId.systemDefault()))).setHeader(
                TEXTS.get("tab.when")).setAutoWidth(true);
        grid.addColumn(s -> services.label(Kind.STEP, null, s.kind())).setHeader(TEXTS.get("step.kind"));
        grid.addColumn(s -> services.employee(s.byEmployeeId())).setHeader(TEXTS.get("tab.who"));
        grid.addColumn(s -> services.representative(s.withRepresentativeId())).setHeader(TEXTS.get("step.with"));
        grid.addColumn(StepData::notes).setHeader(TEXTS.get("step.notes")).setFlexGrow(3);
        grid.addColumn(StepData::outcome).setHeader(TEXTS.get("step.outcome")).setFlexGrow(2);
        grid.setItems(services.journal.steps(current.id(), new PageRequest(0, PageRequest.MAX_SIZE, List.of(),
                List.of(), Optional.empty())).items());
        return grid;
    }

    private Component stages(JournalConsole services) {
        Grid<StageChange> grid = new Grid<>();
        grid.setId("case-stages");
        grid.addColumn(s -> WHEN.format(s.at().atZone(java.time.ZoneId.systemDefault()))).setHeader(
                TEXTS.get("tab.when")).setAutoWidth(true);
        grid.addColumn(s -> services.label(Kind.STAGE, current.type(), s.fromStage())).setHeader(
                TEXTS.get("stages.from"));
        grid.addColumn(s -> services.label(Kind.STAGE, current.type(), s.toStage())).setHeader(
                TEXTS.get("stages.to"));
        grid.addColumn(s -> services.employee(s.byEmployeeId())).setHeader(TEXTS.get("tab.who"));
        grid.addColumn(s -> TEXTS.get(s.stepId() == null ? "stages.byHand" : "stages.byStep")).setHeader(
                TEXTS.get("stages.how"));
        grid.setItems(services.journal.stageHistory(current.id()));
        return grid;
    }

    private static TextField text(String id, String key) {
        TextField field = new TextField(TEXTS.get(key));
        field.setId(id);
        return field;
    }
}
