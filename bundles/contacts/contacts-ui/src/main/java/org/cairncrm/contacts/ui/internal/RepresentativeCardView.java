package org.cairncrm.contacts.ui.internal;

import static org.cairncrm.contacts.ui.internal.ContactsConsole.TEXTS;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cairncrm.console.FieldErrors;
import org.cairncrm.console.RecordCard;
import org.cairncrm.contacts.CompanyData;
import org.cairncrm.contacts.ContactGroupData;
import org.cairncrm.contacts.ContactGroups;
import org.cairncrm.contacts.EmploymentData;
import org.cairncrm.contacts.GroupKind;
import org.cairncrm.contacts.RepresentativeData;
import org.cairncrm.contacts.Representatives;
import org.cairncrm.platform.api.RecordRef;
import org.cairncrm.platform.api.access.Access;
import org.cairncrm.platform.api.error.ConflictException;
import org.cairncrm.platform.api.error.RecordNotFoundException;
import org.cairncrm.platform.api.error.ValidationException;
import org.cairncrm.platform.api.paging.PageRequest;
import org.cairncrm.platform.api.paging.Sort;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouteParameters;

/**
 * A representative's card: the person, where they work (a person may work at several companies, each with its own
 * position, work contacts and dates; one main contact per company), their groups and history. At
 * {@code contacts/representatives/new} (or {@code new-at-<company id>}) the same form adds a person.
 */
public class RepresentativeCardView extends VerticalLayout implements BeforeEnterObserver {

    static final String NEW = "new";
    private static final long serialVersionUID = 1L;

    private final TextField firstName = field("firstName", "representative.firstName");
    private final TextField lastName = field("lastName", "representative.lastName");
    private final TextField title = field("title", "representative.title");
    private final TextArea phones = new TextArea(TEXTS.get("representative.phones"));
    private final TextArea emails = new TextArea(TEXTS.get("representative.emails"));
    private final DatePicker birthday = org.cairncrm.console.DateFields.date(TEXTS.get("representative.birthday"));
    private final TextField lineOfBusiness = field("lineOfBusiness", "company.line");
    private final TextArea notes = new TextArea(TEXTS.get("company.notes"));
    private final VerticalLayout employments = new VerticalLayout();
    private final List<EmploymentForm> forms = new ArrayList<>();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private RepresentativeData person;
    private boolean mayEdit;
    private FieldsForm custom;

    public RepresentativeCardView() {
        setSizeFull();
        setId("representative-card");
        phones.setId("phones");
        emails.setId("emails");
        birthday.setId("birthday");
        notes.setId("notes");
        employments.setId("employments");
        employments.setPadding(false);
        lineOfBusiness.setPlaceholder("general");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        removeAll();
        forms.clear();
        employments.removeAll();
        if (id.startsWith(NEW)) {
            if (!Access.has(Representatives.CREATE)) {
                event.forwardTo(RepresentativesView.class);
                return;
            }
            person = null;
            mayEdit = true;
            List<EmploymentData> work = new ArrayList<>();
            if (id.startsWith(NEW + "-at-")) {
                try {
                    CompanyData at = ContactsConsole.get().companies.get(Long.parseLong(id.substring(7)));
                    work.add(new EmploymentData(null, at.id(), at.name(), null, null, null, null, null, null, false));
                } catch (NumberFormatException | RecordNotFoundException ignored) {
                    // a plain new person
                }
            }
            show(new RepresentativeData(null, null, null, "", null, null, null, null, null, null, null, work, null));
            add(new com.vaadin.flow.component.html.H2(TEXTS.get("representatives.new")), details());
            return;
        }
        try {
            person = ContactsConsole.get().representatives.get(Long.parseLong(id));
        } catch (NumberFormatException | RecordNotFoundException missing) {
            Notification.show(TEXTS.get("representative.notFound"));
            event.forwardTo(RepresentativesView.class);
            return;
        }
        RecordRef ref = new RecordRef(Representatives.TYPE, person.id());
        mayEdit = Access.has(Representatives.UPDATE) && person.archivedAt() == null;
        show(person);
        if (person.archivedAt() != null) {
            long shown = person.id();
            add(DeletionActions.archived(ref, person.displayName(), person.archivedAt(), () -> UI.getCurrent()
                    .navigate(RepresentativeCardView.class, new RouteParameters("id", String.valueOf(shown))),
                    RepresentativesView.class));
        }
        RecordCard card = new RecordCard(person.displayName(), ref, "representatives", details());
        if (Access.has(ContactGroups.READ)) {
            VerticalLayout groups = new VerticalLayout();
            groups.setId("representative-groups");
            List<ContactGroupData> in = ContactsConsole.get().groups.groupsOf(GroupKind.REPRESENTATIVES, person.id());
            if (in.isEmpty()) {
                groups.add(new Span(TEXTS.get("groups.none")));
            }
            in.forEach(g -> groups.add(new Span(g.name())));
            card.addTab(TEXTS.get("groups.title"), groups);
        }
        add(card);
    }

    private Component details() {
        FormLayout form = new FormLayout(title, firstName, lastName, birthday, phones, emails, lineOfBusiness);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        notes.setWidthFull();
        VerticalLayout details = new VerticalLayout(form, new H3(TEXTS.get("representative.worksAt")), employments);
        fields.clear();
        fields.put("firstName", firstName);
        fields.put("lastName", lastName);
        fields.put("title", title);
        fields.put("phones", phones);
        fields.put("emails", emails);
        fields.put("birthday", birthday);
        fields.put("lineOfBusiness", lineOfBusiness);
        fields.put("notes", notes);
        for (HasValidation field : fields.values()) {
            ((HasValue<?, ?>) field).setReadOnly(!mayEdit);
        }
        if (mayEdit) {
            Button add = new Button(TEXTS.get("employment.add"), e -> addForm(new EmploymentData(null, null, null,
                    null, null, null, null, null, null, false)));
            add.setId("add-employment");
            details.add(add);
        }
        custom = person == null ? null : FieldsForm.of(org.cairncrm.contacts.FieldTarget.REPRESENTATIVE, person.id(),
                mayEdit);
        if (custom != null) {
            details.add(new H3(TEXTS.get("fields.further")), custom);
        }
        details.add(notes);
        if (mayEdit) {
            Button save = new Button(TEXTS.get("save"), e -> save());
            save.setId("save-representative");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            com.vaadin.flow.component.orderedlayout.HorizontalLayout buttons =
                    new com.vaadin.flow.component.orderedlayout.HorizontalLayout(save);
            if (person != null) {
                buttons.add(DeletionActions.delete(new RecordRef(Representatives.TYPE, person.id()),
                        person.displayName(), Representatives.DELETE, RepresentativesView.class));
            }
            details.add(buttons);
        }
        return details;
    }

    private void show(RepresentativeData p) {
        firstName.setValue(CompanyCardView.text(p.firstName()));
        lastName.setValue(CompanyCardView.text(p.lastName()));
        title.setValue(CompanyCardView.text(p.title()));
        phones.setValue(String.join("\n", p.phones()));
        emails.setValue(String.join("\n", p.emails()));
        birthday.setValue(p.birthday());
        lineOfBusiness.setValue(CompanyCardView.text(p.lineOfBusiness()));
        notes.setValue(CompanyCardView.text(p.notes()));
        forms.clear();
        employments.removeAll();
        p.employments().forEach(this::addForm);
    }

    private void addForm(EmploymentData work) {
        EmploymentForm form = new EmploymentForm(work, forms.size(), mayEdit, f -> {
            forms.remove(f);
            employments.remove(f);
        });
        forms.add(form);
        employments.add(form);
    }

    private void save() {
        List<EmploymentData> work = new ArrayList<>();
        Map<String, HasValidation> all = new LinkedHashMap<>(fields);
        if (custom != null) {
            all.putAll(custom.inputs());
        }
        for (int i = 0; i < forms.size(); i++) {
            work.add(forms.get(i).value());
            all.putAll(forms.get(i).fields("employments[" + i + "]"));
        }
        RepresentativeData entered = new RepresentativeData(null, person == null ? null : person.version(),
                firstName.getValue(), lastName.getValue(), title.getValue(), CompanyCardView.lines(phones.getValue()),
                CompanyCardView.lines(emails.getValue()), birthday.getValue(), notes.getValue(),
                lineOfBusiness.getValue(), null, work, null);
        try {
            FieldErrors.check(all);
            if (person == null) {
                RepresentativeData created = ContactsConsole.get().representatives.create(entered);
                Notification.show(TEXTS.get("saved"));
                UI.getCurrent().navigate(RepresentativeCardView.class, new RouteParameters("id",
                        String.valueOf(created.id())));
            } else {
                if (custom != null) {
                    ContactsConsole.get().fields.setValues(org.cairncrm.contacts.FieldTarget.REPRESENTATIVE,
                            person.id(), custom.values());
                }
                person = ContactsConsole.get().representatives.update(person.id(), entered);
                show(person);
                Notification.show(TEXTS.get("saved"));
            }
        } catch (ValidationException e) {
            FieldErrors.show(e, all);
        } catch (ConflictException e) {
            Notification.show(TEXTS.get("conflict"));
        }
    }

    private static TextField field(String id, String key) {
        TextField field = new TextField(TEXTS.get(key));
        field.setId(id);
        return field;
    }

    /** One employment: the company (searched as you type), position, work contacts, dates, main contact. */
    static final class EmploymentForm extends FormLayout {
        private static final long serialVersionUID = 1L;
        private final Long id;
        private final ComboBox<CompanyData> company = new ComboBox<>(TEXTS.get("employment.company"));
        private final TextField position = new TextField(TEXTS.get("employment.position"));
        private final TextField department = new TextField(TEXTS.get("employment.department"));
        private final TextField phone = new TextField(TEXTS.get("employment.phone"));
        private final TextField email = new TextField(TEXTS.get("employment.email"));
        private final DatePicker start = org.cairncrm.console.DateFields.date(TEXTS.get("employment.start"));
        private final DatePicker end = org.cairncrm.console.DateFields.date(TEXTS.get("employment.end"));
        private final Checkbox main = new Checkbox(TEXTS.get("employment.mainContact"));

        EmploymentForm(EmploymentData work, int index, boolean mayEdit,
                       java.util.function.Consumer<EmploymentForm> removed) {
            this.id = work.id();
            addClassName("employment");
            setId("employment-" + index);
            company.setId("employment-company");
            company.setItemLabelGenerator(CompanyData::name);
            company.setItems(query -> ContactsConsole.get().companies.list(new PageRequest(
                            query.getOffset() / Math.max(1, query.getLimit()), Math.min(query.getLimit(), 50),
                            List.of(Sort.asc("name")), List.of(), query.getFilter().filter(f -> !f.isBlank())))
                    .items().stream());
            company.setPageSize(50);
            company.setWidthFull();
            if (work.companyId() != null) {
                CompanyData known = CompanyData.named(work.companyName() == null ? "#" + work.companyId()
                        : work.companyName());
                company.setValue(new CompanyData(work.companyId(), null, known.name(), null, null, null, null, null,
                        null, null, null, null, null, null, null, null, null));
            }
            position.setValue(CompanyCardView.text(work.position()));
            department.setValue(CompanyCardView.text(work.department()));
            phone.setValue(CompanyCardView.text(work.phone()));
            email.setValue(CompanyCardView.text(work.email()));
            start.setValue(work.startDate());
            end.setValue(work.endDate());
            main.setValue(Boolean.TRUE.equals(work.mainContact()));
            add(company, 2);
            add(position, department, phone, email, start, end, main);
            for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(company, position, department, phone, email, start,
                    end, main)) {
                field.setReadOnly(!mayEdit);
            }
            if (mayEdit) {
                Button remove = new Button(TEXTS.get("employment.remove"), e -> removed.accept(this));
                remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                add(remove);
            }
            setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 4));
            getStyle().set("border", "1px solid var(--lumo-contrast-10pct)")
                    .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-s)");
        }

        EmploymentData value() {
            return new EmploymentData(id, Optional.ofNullable(company.getValue()).map(CompanyData::id).orElse(null),
                    null, position.getValue(), department.getValue(), phone.getValue(), email.getValue(),
                    start.getValue(), end.getValue(), main.getValue());
        }

        Map<String, HasValidation> fields(String prefix) {
            Map<String, HasValidation> fields = new LinkedHashMap<>();
            fields.put(prefix + ".companyId", company);
            fields.put(prefix + ".position", position);
            fields.put(prefix + ".department", department);
            fields.put(prefix + ".phone", phone);
            fields.put(prefix + ".email", email);
            fields.put(prefix + ".startDate", start);
            fields.put(prefix + ".endDate", end);
            return fields;
        }
    }
}
