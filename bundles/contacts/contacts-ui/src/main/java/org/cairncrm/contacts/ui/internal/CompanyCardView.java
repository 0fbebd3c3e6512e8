package org.cairncrm.contacts.ui.internal;

import static org.cairncrm.contacts.ui.internal.ContactsConsole.TEXTS;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cairncrm.console.FieldErrors;
import org.cairncrm.console.RecordCard;
import org.cairncrm.contacts.Address;
import org.cairncrm.contacts.Companies;
import org.cairncrm.contacts.CompanyData;
import org.cairncrm.contacts.ContactGroupData;
import org.cairncrm.contacts.ContactGroups;
import org.cairncrm.contacts.DictionaryKind;
import org.cairncrm.contacts.FieldTarget;
import org.cairncrm.contacts.GroupKind;
import org.cairncrm.contacts.RepresentativeData;
import org.cairncrm.contacts.Representatives;
import org.cairncrm.platform.api.RecordRef;
import org.cairncrm.platform.api.access.Access;
import org.cairncrm.platform.api.error.ConflictException;
import org.cairncrm.platform.api.error.RecordNotFoundException;
import org.cairncrm.platform.api.error.ValidationException;
import org.cairncrm.platform.api.paging.Filter;
import org.cairncrm.platform.api.paging.PageRequest;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouteParameters;

/**
 * A company's card: the details (editable with contacts.company.update), the people who work there, its groups and
 * its change history. At {@code contacts/companies/new} the same form adds a company.
 */
public class CompanyCardView extends VerticalLayout implements BeforeEnterObserver {

    static final String NEW = "new";
    private static final long serialVersionUID = 1L;

    private final TextField name = text("name", "company.name");
    private final TextField shortCode = text("shortCode", "company.shortCode");
    private final ComboBox<String> status = new ComboBox<>(TEXTS.get("company.status"));
    private final ComboBox<String> category = new ComboBox<>(TEXTS.get("company.category"));
    private final ComboBox<String> industry = new ComboBox<>(TEXTS.get("company.industry"));
    private final TextField lineOfBusiness = text("lineOfBusiness", "company.line");
    private final ComboBox<org.cairncrm.platform.people.EmployeeData> owner =
            new ComboBox<>(TEXTS.get("company.owner"));
    private final TextField taxId = text("taxId", "company.taxId");
    private final TextArea phones = area("phones", "company.phones");
    private final TextArea emails = area("emails", "company.emails");
    private final TextField website = text("website", "company.website");
    private final TextArea notes = area("notes", "company.notes");
    private final AddressForm registered = new AddressForm("registeredAddress", TEXTS.get("company.registered"));
    private final AddressForm correspondence = new AddressForm("correspondenceAddress",
            TEXTS.get("company.correspondence"));
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private CompanyData company;
    private FieldsForm custom;

    public CompanyCardView() {
        setSizeFull();
        setId("company-card");
        ContactsConsole services = ContactsConsole.get();
        dictionary(status, "status", DictionaryKind.STATUS, services);
        dictionary(category, "category", DictionaryKind.CATEGORY, services);
        dictionary(industry, "industry", DictionaryKind.INDUSTRY, services);
        lineOfBusiness.setPlaceholder("general");
        owner.setId("ownerId");
        owner.setItemLabelGenerator(org.cairncrm.platform.people.EmployeeData::fullName);
        owner.setHelperText(TEXTS.get("company.ownerHelp"));
        for (HasValidation field : List.of(name, shortCode, status, category, industry, lineOfBusiness, owner, taxId,
                phones, emails, website, notes)) {
            fields.put(((Component) field).getId().orElseThrow(), field);
        }
        fields.putAll(registered.fields());
        fields.putAll(correspondence.fields());
    }

    /** The staff to choose who looks after the company from, as the signed-in user may see them. */
    private void loadStaff(ContactsConsole services) {
        owner.setItems(List.of());
        // only who may read the staff chooses among them; for the others the field is not shown
        owner.setVisible(services.employees != null && Access.has("people.employee.read"));
        if (owner.isVisible()) {
            owner.setItems(services.employees.staff().stream().filter(e -> !Boolean.FALSE.equals(e.active()))
                    .toList());
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        removeAll();
        loadStaff(ContactsConsole.get());
        if (NEW.equals(id)) {
            if (!Access.has(Companies.CREATE)) {
                event.forwardTo(CompaniesView.class);
                return;
            }
            company = null;
            show(CompanyData.named(""));
            add(new com.vaadin.flow.component.html.H2(TEXTS.get("companies.new")), details(true));
            return;
        }
        try {
            company = ContactsConsole.get().companies.get(Long.parseLong(id));
        } catch (NumberFormatException | RecordNotFoundException missing) {
            Notification.show(TEXTS.get("company.notFound"));
            event.forwardTo(CompaniesView.class);
            return;
        }
        show(company);
        RecordRef ref = new RecordRef(Companies.TYPE, company.id());
        boolean archived = company.archivedAt() != null;
        if (archived) {
            long shown = company.id();
            add(DeletionActions.archived(ref, company.name(), company.archivedAt(), () -> UI.getCurrent().navigate(
                    CompanyCardView.class, new RouteParameters("id", String.valueOf(shown))), CompaniesView.class));
        }
        RecordCard card = new RecordCard(company.name(), ref, "companies",
                details(Access.has(Companies.UPDATE) && !archived));
        if (Access.has(Representatives.READ)) {
            card.addTab(TEXTS.get("representatives.title"), people(company.id()));
        }
        if (Access.has(ContactGroups.READ)) {
            card.addTab(TEXTS.get("groups.title"), groups(company.id()));
        }
        add(card);
    }

    private Component details(boolean mayEdit) {
        FormLayout form = new FormLayout(name, shortCode, status, category, industry, lineOfBusiness, owner, taxId,
                website, phones, emails);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        FormLayout addresses = new FormLayout(registered, correspondence);
        addresses.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        notes.setWidthFull();
        VerticalLayout details = new VerticalLayout(form, addresses);
        custom = company == null ? null : FieldsForm.of(FieldTarget.COMPANY, company.id(), mayEdit);
        if (custom != null) {
            details.add(new H3(TEXTS.get("fields.further")), custom);
        }
        details.add(notes);
        fields.values().forEach(f -> ((HasValue<?, ?>) f).setReadOnly(!mayEdit));
        if (mayEdit) {
            Button save = new Button(TEXTS.get("save"), e -> save());
            save.setId("save-company");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            HorizontalLayout buttons = new HorizontalLayout(save);
            if (company != null) {
                buttons.add(DeletionActions.delete(new RecordRef(Companies.TYPE, company.id()), company.name(),
                        Companies.DELETE, CompaniesView.class));
            }
            details.add(buttons);
        }
        return details;
    }

    private void show(CompanyData c) {
        name.setValue(text(c.name()));
        shortCode.setValue(text(c.shortCode()));
        status.setValue(c.status());
        category.setValue(c.category());
        industry.setValue(c.industry());
        lineOfBusiness.setValue(text(c.lineOfBusiness()));
        taxId.setValue(text(c.taxId()));
        phones.setValue(String.join("\n", c.phones()));
        emails.setValue(String.join("\n", c.emails()));
        website.setValue(text(c.website()));
        notes.setValue(text(c.notes()));
        owner.setValue(c.ownerId() == null ? null : owner.getListDataView().getItems()
                .filter(e -> e.id().equals(c.ownerId())).findFirst().orElse(null));
        registered.show(c.registeredAddress());
        correspondence.show(c.correspondenceAddress());
    }

    private void save() {
        CompanyData entered = new CompanyData(null, company == null ? null : company.version(), name.getValue(),
                shortCode.getValue(), industry.getValue(), status.getValue(), category.getValue(),
                lineOfBusiness.getValue(), taxId.getValue(), registered.value(), correspondence.value(),
                lines(phones.getValue()), lines(emails.getValue()), website.getValue(), notes.getValue(),
                owner.isVisible() && owner.getValue() != null ? owner.getValue().id()
                        : company == null ? null : company.ownerId(), null);
        try {
            FieldErrors.check(fields);
            if (company == null) {
                CompanyData created = ContactsConsole.get().companies.create(entered);
                Notification.show(TEXTS.get("saved"));
                UI.getCurrent().navigate(CompanyCardView.class, new RouteParameters("id",
                        String.valueOf(created.id())));
            } else {
                if (custom != null) {
                    FieldErrors.check(custom.inputs());
                    ContactsConsole.get().fields.setValues(FieldTarget.COMPANY, company.id(), custom.values());
                }
                company = ContactsConsole.get().companies.update(company.id(), entered);
                show(company);
                Notification.show(TEXTS.get("saved"));
            }
        } catch (ValidationException e) {
            Map<String, HasValidation> all = new LinkedHashMap<>(fields);
            if (custom != null) {
                all.putAll(custom.inputs());
            }
            FieldErrors.show(e, all);
        } catch (ConflictException e) {
            Notification.show(TEXTS.get("conflict"));
        }
    }

    /** The people who work or worked here; a click opens their card. */
    private Component people(long companyId) {
        Grid<RepresentativeData> grid = new Grid<>();
        grid.setId("company-people");
        grid.addColumn(RepresentativeData::displayName).setHeader(TEXTS.get("representative.name"));
        grid.addColumn(r -> work(r, companyId).map(w -> text(w.position())).orElse(""))
                .setHeader(TEXTS.get("employment.position"));
        grid.addColumn(r -> work(r, companyId).map(w -> text(w.phone())).orElse(""))
                .setHeader(TEXTS.get("employment.phone"));
        grid.addColumn(r -> work(r, companyId).map(w -> text(w.email())).orElse(""))
                .setHeader(TEXTS.get("employment.email"));
        grid.addColumn(r -> work(r, companyId).map(w -> Boolean.TRUE.equals(w.mainContact())
                        ? TEXTS.get("employment.main") : "").orElse(""))
                .setHeader(TEXTS.get("employment.mainContact"));
        grid.setItems(ContactsConsole.get().representatives.list(new PageRequest(0, PageRequest.MAX_SIZE, List.of(),
                List.of(Filter.eq("company", String.valueOf(companyId))), Optional.empty())).items());
        grid.addItemClickListener(click -> UI.getCurrent().navigate(RepresentativeCardView.class,
                new RouteParameters("id", String.valueOf(click.getItem().id()))));
        VerticalLayout tab = new VerticalLayout(grid);
        if (Access.has(Representatives.CREATE)) {
            Button add = new Button(TEXTS.get("representatives.new"), e -> UI.getCurrent().navigate(
                    RepresentativeCardView.class, new RouteParameters("id", RepresentativeCardView.NEW + "-at-"
                            + companyId)));
            add.setId("new-person-here");
            tab.add(add);
        }
        return tab;
    }

    private static Optional<org.cairncrm.contacts.EmploymentData> work(RepresentativeData person, long companyId) {
        return person.employments().stream().filter(e -> e.companyId() == companyId).findFirst();
    }

    /** The groups the company is in. */
    private Component groups(long companyId) {
        VerticalLayout tab = new VerticalLayout();
        tab.setId("company-groups");
        List<ContactGroupData> in = ContactsConsole.get().groups.groupsOf(GroupKind.COMPANIES, companyId);
        if (in.isEmpty()) {
            tab.add(new Span(TEXTS.get("groups.none")));
        }
        in.forEach(g -> tab.add(new HorizontalLayout(new Span(g.name()))));
        return tab;
    }

    private void dictionary(ComboBox<String> box, String id, DictionaryKind kind, ContactsConsole services) {
        Map<String, String> labels = services.labels(kind);
        box.setItems(labels.keySet());
        box.setItemLabelGenerator(code -> labels.getOrDefault(code, code));
        box.setId(id);
        box.setClearButtonVisible(true);
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    static String text(String value) {
        return value == null ? "" : value;
    }

    private static TextField text(String id, String key) {
        TextField field = new TextField(TEXTS.get(key));
        field.setId(id);
        return field;
    }

    private static TextArea area(String id, String key) {
        TextArea field = new TextArea(TEXTS.get(key));
        field.setId(id);
        return field;
    }

    /** The fields of one address, named {@code <prefix>.street} and so on for the field errors. */
    static final class AddressForm extends FormLayout {
        private static final long serialVersionUID = 1L;
        private final TextField street = new TextField(TEXTS.get("address.street"));
        private final TextField postalCode = new TextField(TEXTS.get("address.postalCode"));
        private final TextField city = new TextField(TEXTS.get("address.city"));
        private final ComboBox<String> area = new ComboBox<>(TEXTS.get("address.area"));
        private final TextField region = new TextField(TEXTS.get("address.region"));
        private final TextField country = new TextField(TEXTS.get("address.country"));
        private final String prefix;

        AddressForm(String prefix, String title) {
            this.prefix = prefix;
            Map<String, String> areas = ContactsConsole.get().labels(DictionaryKind.AREA);
            area.setItems(areas.keySet());
            area.setItemLabelGenerator(code -> areas.getOrDefault(code, code));
            area.setClearButtonVisible(true);
            country.setMaxLength(2);
            country.setPlaceholder("PL");
            street.setId(prefix + "-street");
            postalCode.setId(prefix + "-postalCode");
            city.setId(prefix + "-city");
            area.setId(prefix + "-area");
            region.setId(prefix + "-region");
            country.setId(prefix + "-country");
            add(new H3(title), 2);
            add(street, 2);
            add(postalCode, city, area, region, country);
        }

        Map<String, HasValidation> fields() {
            Map<String, HasValidation> fields = new LinkedHashMap<>();
            fields.put(prefix + ".street", street);
            fields.put(prefix + ".postalCode", postalCode);
            fields.put(prefix + ".city", city);
            fields.put(prefix + ".area", area);
            fields.put(prefix + ".region", region);
            fields.put(prefix + ".country", country);
            return fields;
        }

        void show(Address address) {
            street.setValue(text(address.street()));
            postalCode.setValue(text(address.postalCode()));
            city.setValue(text(address.city()));
            area.setValue(address.area());
            region.setValue(text(address.region()));
            country.setValue(text(address.country()));
        }

        Address value() {
            return new Address(street.getValue(), postalCode.getValue(), city.getValue(), area.getValue(),
                    region.getValue(), country.getValue());
        }
    }
}
