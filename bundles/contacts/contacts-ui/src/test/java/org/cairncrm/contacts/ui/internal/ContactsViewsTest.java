package org.cairncrm.contacts.ui.internal;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.cairncrm.contacts.Address;
import org.cairncrm.contacts.Companies;
import org.cairncrm.contacts.CompanyData;
import org.cairncrm.contacts.ContactGroupData;
import org.cairncrm.contacts.ContactGroups;
import org.cairncrm.contacts.Dictionaries;
import org.cairncrm.contacts.DictionaryKind;
import org.cairncrm.contacts.EmploymentData;
import org.cairncrm.contacts.GroupKind;
import org.cairncrm.contacts.RepresentativeData;
import org.cairncrm.contacts.Representatives;
import org.cairncrm.platform.api.access.Access;
import org.cairncrm.platform.api.access.Identity;
import org.cairncrm.platform.api.access.RecordScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteConfiguration;

/** The contacts views without a browser, over in-memory stand-ins of the contacts services. */
class ContactsViewsTest {

    /** Someone signed in with {@code keys}. */
    private record Tester(Set<String> permissions) implements Identity {
        @Override
        public String login() {
            return "tess";
        }

        @Override
        public long employeeId() {
            return 1;
        }

        @Override
        public boolean mustChangePassword() {
            return false;
        }

        @Override
        public RecordScope scope(String recordType) {
            return RecordScope.everything();
        }

        @Override
        public Set<String> linesOfBusiness() {
            return Set.of("general");
        }
    }

    private static final Set<String> EVERYTHING = Set.of(Companies.READ, Companies.CREATE, Companies.UPDATE,
            Representatives.READ, Representatives.CREATE, Representatives.UPDATE, ContactGroups.READ,
            ContactGroups.MANAGE, Dictionaries.MANAGE, org.cairncrm.contacts.Deletions.APPROVE,
            org.cairncrm.contacts.CustomFields.MANAGE, org.cairncrm.contacts.CompanyImports.IMPORT,
            org.cairncrm.contacts.RepresentativeImports.IMPORT);

    private final InMemoryContacts data = new InMemoryContacts();
    private long anvil;
    private long lodz;
    private long dealers;

    @BeforeEach
    void start() {
        MockVaadin.setup(new Routes());
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        routes.setRoute("contacts/companies", CompaniesView.class);
        routes.setRoute("contacts/companies/:id", CompanyCardView.class);
        routes.setRoute("contacts/representatives", RepresentativesView.class);
        routes.setRoute("contacts/representatives/:id", RepresentativeCardView.class);
        routes.setRoute("contacts/groups", GroupsView.class);
        routes.setRoute("contacts/dictionaries", DictionariesView.class);
        routes.setRoute("contacts/deletions", DeletionRequestsView.class);
        routes.setRoute("contacts/fields", FieldsView.class);
        routes.setRoute("contacts/import", ImportView.class);
        ContactsConsole console = new ContactsConsole(data.companiesService, data.representatives, data.groupsService,
                data.dictionaries, data.deletions, data.fields, data.imports, data.jobs, data.selections,
                data.savedFilters, data.vcards);
        console.employees = STAFF;
        Access.set(new Tester(EVERYTHING));
        anvil = data.companiesService.create(new CompanyData(null, null, "Anvil Works", "ANVIL", "retail",
                "customer", "a", null, null, new Address("Kowalska 1", "00-001", "Warszawa", "central", null, "PL"),
                null, List.of("+48 22 123 45 67"), List.of(), null, null, null, null)).id();
        lodz = data.companiesService.create(CompanyData.named("Łódzka Fabryka Mebli")).id();
        dealers = data.groupsService.create(new ContactGroupData(null, null, GroupKind.COMPANIES, "Dealers", null,
                null, null)).id();
    }

    @AfterEach
    void stop() {
        Access.clear();
        MockVaadin.tearDown();
    }

    @Test
    void theCompaniesListShowsLabelsSearchesAndOpensACard() {
        UI.getCurrent().navigate("contacts/companies");
        Grid<CompanyData> grid = companies();
        assertEquals(2, GridKt._size(grid));
        assertEquals("Customer", GridKt._getFormatted(grid, 0, "status"));
        _get(TextField.class, spec -> spec.withId("list-search")).setValue("anvil");
        assertEquals(1, GridKt._size(grid));
        GridKt._clickItem(grid, 0);
        assertInstanceOf(CompanyCardView.class, UI.getCurrent().getCurrentView());
        assertEquals("Anvil Works", _get(TextField.class, spec -> spec.withId("name")).getValue());
        assertEquals("Warszawa", _get(TextField.class, spec -> spec.withId("registeredAddress-city")).getValue());
    }

    private static final List<org.cairncrm.platform.people.EmployeeData> PEOPLE = List.of(
            new org.cairncrm.platform.people.EmployeeData(1L, 1L, "Maria", "Manager", null, null, null, null, null,
                    null, null, true, null, null),
            new org.cairncrm.platform.people.EmployeeData(2L, 1L, "Carl", "Clerk", null, null, null, null, null,
                    null, null, true, 1L, null));

    /** The staff, as the people module lists them. */
    private static final org.cairncrm.platform.people.Employees STAFF = new org.cairncrm.platform.people.Employees() {
        @Override
        public org.cairncrm.platform.api.paging.Page<org.cairncrm.platform.people.EmployeeData> list(
                org.cairncrm.platform.api.paging.PageRequest request) {
            return new org.cairncrm.platform.api.paging.Page<>(PEOPLE, PEOPLE.size(), 0, request.size());
        }

        @Override
        public org.cairncrm.platform.people.EmployeeData get(long id) {
            return PEOPLE.stream().filter(e -> e.id() == id).findFirst().orElseThrow();
        }

        @Override
        public org.cairncrm.platform.people.EmployeeData create(org.cairncrm.platform.people.EmployeeData data) {
            throw new UnsupportedOperationException();
        }

        @Override
        public org.cairncrm.platform.people.EmployeeData update(long id,
                                                                 org.cairncrm.platform.people.EmployeeData data) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void delete(long id) {
            throw new UnsupportedOperationException();
        }
    };

    @Test
    void theOwnerOfACompanyIsChosenOnItsCard() {
        // without the key to read the staff the card opens all the same, without the field
        UI.getCurrent().navigate("contacts/companies/" + anvil);
        assertTrue(com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.combobox.ComboBox.class,
                spec -> spec.withId("ownerId")).isEmpty(), "no owner field shown");
        _get(Button.class, spec -> spec.withId("save-company")).click();
        assertEquals(1L, data.companiesService.get(anvil).ownerId(), "the owner is kept");

        java.util.Set<String> withStaff = new java.util.HashSet<>(EVERYTHING);
        withStaff.add("people.employee.read");
        Access.set(new Tester(withStaff));
        UI.getCurrent().navigate("contacts/companies/" + lodz);
        UI.getCurrent().navigate("contacts/companies/" + anvil);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.ComboBox<org.cairncrm.platform.people.EmployeeData> owner =
                _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("ownerId"));
        assertEquals(2, owner.getListDataView().getItemCount());
        owner.setValue(PEOPLE.get(1));
        _get(Button.class, spec -> spec.withId("save-company")).click();
        assertEquals(2L, data.companiesService.get(anvil).ownerId(), "Carl looks after Anvil now");
        UI.getCurrent().navigate("contacts/companies/" + lodz);
        UI.getCurrent().navigate("contacts/companies/" + anvil);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.ComboBox<org.cairncrm.platform.people.EmployeeData> shown =
                _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("ownerId"));
        assertEquals("Carl", shown.getValue().firstName());
    }

    @Test
    void aWrongValueIsShownAtItsFieldAndARightOneIsSaved() {
        UI.getCurrent().navigate("contacts/companies/" + anvil);
        TextField name = _get(TextField.class, spec -> spec.withId("name"));
        TextField country = _get(TextField.class, spec -> spec.withId("registeredAddress-country"));
        name.setValue(" ");
        country.setValue("Poland");
        _get(Button.class, spec -> spec.withId("save-company")).click();
        assertTrue(name.isInvalid());
        assertTrue(country.isInvalid());
        assertEquals("Anvil Works", data.companiesService.get(anvil).name());

        name.setValue("Anvil Works Ltd");
        country.setValue("PL");
        _get(Button.class, spec -> spec.withId("save-company")).click();
        assertFalse(name.isInvalid());
        assertEquals("Anvil Works Ltd", data.companiesService.get(anvil).name());
        assertEquals(List.of("+48 22 123 45 67"), data.companiesService.get(anvil).phones());
        NotificationsKt.expectNotifications("Saved.");
    }

    @Test
    void aNewCompanyIsAddedAndItsCardOpens() {
        UI.getCurrent().navigate("contacts/companies");
        _get(Button.class, spec -> spec.withId("new-company")).click();
        _get(TextField.class, spec -> spec.withId("name")).setValue("Brand New Sp. z o.o.");
        @SuppressWarnings("unchecked")
        ComboBox<String> status = _get(ComboBox.class, spec -> spec.withId("status"));
        status.setValue("prospect");
        _get(Button.class, spec -> spec.withId("save-company")).click();
        assertInstanceOf(CompanyCardView.class, UI.getCurrent().getCurrentView());
        assertTrue(data.companies.values().stream().anyMatch(c -> c.name().equals("Brand New Sp. z o.o.")));
    }

    @Test
    void markedCompaniesGoIntoAGroupAndTheGroupFiltersTheList() {
        UI.getCurrent().navigate("contacts/companies");
        Grid<CompanyData> grid = companies();
        grid.select(GridKt._get(grid, 0));
        grid.select(GridKt._get(grid, 1));
        _get(Button.class, spec -> spec.withId("add-to-group")).click();
        @SuppressWarnings("unchecked")
        ComboBox<ContactGroupData> group = _get(ComboBox.class, spec -> spec.withId("group-choice-box"));
        group.setValue(data.groupsService.get(dealers));
        _get(Button.class, spec -> spec.withId("group-choice-go")).click();
        assertEquals(Set.of(anvil, lodz), data.members.get(dealers));
        NotificationsKt.expectNotifications("2 added to Dealers.");

        data.groupsService.remove(dealers, List.of(lodz));
        UI.getCurrent().navigate("contacts/companies", com.vaadin.flow.router.QueryParameters.simple(
                java.util.Map.of("group", String.valueOf(dealers))));
        assertEquals(1, GridKt._size(companies()));
        assertEquals("Anvil Works", GridKt._get(companies(), 0).name());
    }

    @Test
    void aRepresentativeIsAddedAtACompanyFromItsCard() {
        UI.getCurrent().navigate("contacts/companies/" + anvil);
        assertEquals(List.of("Details", "Representatives", "Groups", "History"), tabs());
        _get(com.vaadin.flow.component.tabs.TabSheet.class).setSelectedIndex(1);
        _get(Button.class, spec -> spec.withId("new-person-here")).click();
        assertInstanceOf(RepresentativeCardView.class, UI.getCurrent().getCurrentView());
        _get(TextField.class, spec -> spec.withId("firstName")).setValue("Anna");
        _get(TextField.class, spec -> spec.withId("lastName")).setValue("Wójcik");
        _get(Checkbox.class, spec -> spec.withCaption("Main contact")).setValue(true);
        _get(Button.class, spec -> spec.withId("save-representative")).click();
        RepresentativeData anna = data.people.values().iterator().next();
        assertEquals(List.of(anvil), anna.employments().stream().map(EmploymentData::companyId).toList());
        assertTrue(anna.employments().get(0).mainContact());

        // the company's card lists her
        UI.getCurrent().navigate("contacts/companies/" + anvil);
        _get(com.vaadin.flow.component.tabs.TabSheet.class).setSelectedIndex(1);
        @SuppressWarnings("unchecked")
        Grid<RepresentativeData> people = _get(Grid.class, spec -> spec.withId("company-people"));
        assertEquals("Anna Wójcik", GridKt._get(people, 0).displayName());
    }

    @Test
    void anEmploymentWithoutACompanyIsNamedAtItsField() {
        UI.getCurrent().navigate("contacts/representatives/new");
        _get(TextField.class, spec -> spec.withId("lastName")).setValue("Nowak");
        _get(Button.class, spec -> spec.withId("add-employment")).click();
        _get(Button.class, spec -> spec.withId("save-representative")).click();
        @SuppressWarnings("unchecked")
        ComboBox<CompanyData> company = _get(ComboBox.class, spec -> spec.withId("employment-company"));
        assertTrue(company.isInvalid());
        assertTrue(data.people.isEmpty());
    }

    @Test
    void aDictionaryGetsANewEntry() {
        UI.getCurrent().navigate("contacts/dictionaries");
        _get(Button.class, spec -> spec.withId("new-entry-industry")).click();
        _get(TextField.class, spec -> spec.withId("entry-code")).setValue("mining");
        _get(TextField.class, spec -> spec.withId("entry-label")).setValue("Mining");
        _get(Button.class, spec -> spec.withId("save-entry")).click();
        assertTrue(data.dictionaries.entries(DictionaryKind.INDUSTRY, false).stream()
                .anyMatch(e -> e.code().equals("mining") && e.label().equals("Mining")));
    }

    @Test
    void aClerksDeleteWaitsForTheManagerWhoApprovesItFromTheList() {
        Access.set(new Tester(Set.of(Companies.READ, Companies.UPDATE, Companies.DELETE)));
        UI.getCurrent().navigate("contacts/companies/" + lodz);
        _get(Button.class, spec -> spec.withId("delete-record")).click();
        _get(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withId("deletion-reason"))
                .setValue("closed down");
        _get(Button.class, spec -> spec.withId("deletion-go")).click();
        NotificationsKt.expectNotifications("Deletion of Łódzka Fabryka Mebli asked for; a manager decides.");
        assertInstanceOf(CompaniesView.class, UI.getCurrent().getCurrentView());
        assertEquals(2, GridKt._size(companies()));

        Access.set(new Tester(EVERYTHING));
        UI.getCurrent().navigate("contacts/deletions");
        @SuppressWarnings("unchecked")
        Grid<org.cairncrm.contacts.DeletionRequestData> requests = _get(Grid.class);
        assertEquals("closed down", GridKt._get(requests, 0).reason());
        GridKt._clickItem(requests, 0);
        _get(Button.class, spec -> spec.withId("approve-deletion")).click();
        NotificationsKt.expectNotifications("Łódzka Fabryka Mebli archived.");
        UI.getCurrent().navigate("contacts/companies");
        assertEquals(1, GridKt._size(companies()));

        // the archived card says so and offers to restore it
        UI.getCurrent().navigate("contacts/companies/" + lodz);
        _get(com.vaadin.flow.component.orderedlayout.HorizontalLayout.class, spec -> spec.withId("archived-banner"));
        assertTrue(_find(Button.class, spec -> spec.withId("save-company")).isEmpty());
        _get(Button.class, spec -> spec.withId("restore-record")).click();
        assertEquals(null, data.companiesService.get(lodz).archivedAt());
    }

    @Test
    void anAdminDefinesACustomFieldThatTheCardShowsAndSaves() {
        UI.getCurrent().navigate("contacts/fields");
        _get(Button.class, spec -> spec.withId("new-field-company")).click();
        _get(TextField.class, spec -> spec.withId("field-label")).setValue("Employees");
        _get(TextField.class, spec -> spec.withId("field-name")).setValue("staff");
        @SuppressWarnings("unchecked")
        ComboBox<org.cairncrm.contacts.FieldKind> kind = _get(ComboBox.class, spec -> spec.withId("field-kind"));
        kind.setValue(org.cairncrm.contacts.FieldKind.NUMBER);
        _get(Button.class, spec -> spec.withId("save-field")).click();
        assertEquals("staff", data.fieldDefinitions.get(0).name());

        UI.getCurrent().navigate("contacts/companies/" + anvil);
        com.vaadin.flow.component.textfield.BigDecimalField staff = _get(
                com.vaadin.flow.component.textfield.BigDecimalField.class, spec -> spec.withId("field-staff"));
        staff.setValue(new java.math.BigDecimal("120"));
        _get(Button.class, spec -> spec.withId("save-company")).click();
        assertEquals(new java.math.BigDecimal("120"), data.fieldValues.get(anvil).get("staff"));

        // the list filters on it
        data.fieldValues.put(anvil, java.util.Map.of("staff", new java.math.BigDecimal("120")));
        UI.getCurrent().navigate("contacts/companies");
        @SuppressWarnings("unchecked")
        ComboBox<org.cairncrm.contacts.FieldDefinition> field = _get(ComboBox.class,
                spec -> spec.withId("filter-custom-field"));
        field.setValue(data.fieldDefinitions.get(0));
        _get(TextField.class, spec -> spec.withId("filter-custom-value")).setValue("120");
        GridKt._size(companies());
        assertTrue(data.lastCompanyRequest.filters().stream().anyMatch(f -> f.field().equals("field.staff")
                && f.value().equals("120")));
    }

    @Test
    void aFileIsPreviewedImportedAndReported() {
        UI.getCurrent().navigate("contacts/import");
        ImportView view = (ImportView) UI.getCurrent().getCurrentView();
        view.accept("firms.csv", "Nazwa;Miasto\nNowa Firma;Łódź\n;Kraków\n".getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
        @SuppressWarnings("unchecked")
        ComboBox<String> first = _get(ComboBox.class, spec -> spec.withId("import-column-0"));
        assertEquals("name", first.getValue());
        @SuppressWarnings("unchecked")
        Grid<List<String>> sample = _get(Grid.class, spec -> spec.withId("import-sample"));
        assertEquals(2, GridKt._size(sample));
        _get(Button.class, spec -> spec.withId("import-start")).click();
        _get(org.cairncrm.console.JobProgressBar.class).refresh();
        _get(com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withText("2 rows: 1 added, 0 updated, 0 skipped, 1 refused."));
        @SuppressWarnings("unchecked")
        Grid<org.cairncrm.contacts.CompanyImports.Row> rows = _get(Grid.class, spec -> spec.withId("import-rows"));
        assertEquals(3, GridKt._get(rows, 0).row());
        assertTrue(data.companies.values().stream().anyMatch(c -> c.name().equals("Nowa Firma")));
    }

    @Test
    void vCardsAreImportedFromTheRepresentativesListWithAReport() {
        UI.getCurrent().navigate("contacts/representatives");
        _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("export-vcards"));
        _get(Button.class, spec -> spec.withId("import-vcards")).click();
        VCardImportDialog dialog = _get(VCardImportDialog.class);
        // not a vCard file: the error shows in the dialog, nothing is imported
        dialog.start("people.csv", "name,email\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                org.cairncrm.contacts.CompanyImports.Duplicates.SKIP);
        _get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("vcard-error"));
        int before = data.people.size();
        dialog.start("contacts.vcf", ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Halina Wiązowska\r\nEND:VCARD\r\n"
                + "BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                org.cairncrm.contacts.CompanyImports.Duplicates.SKIP);
        _get(org.cairncrm.console.JobProgressBar.class).refresh();
        _get(com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withText("2 cards: 1 added, 0 filled in, 0 skipped, 1 refused."));
        @SuppressWarnings("unchecked")
        Grid<org.cairncrm.contacts.CompanyImports.Row> rows = _get(Grid.class, spec -> spec.withId("vcard-rows"));
        assertEquals(2, GridKt._get(rows, 0).row());
        assertEquals(before + 1, data.people.size());
        _get(Button.class, spec -> spec.withId("vcard-close")).click();
    }

    @Test
    void markedRowsBecomeASelectionAndASearchIsSavedAndApplied() {
        UI.getCurrent().navigate("contacts/companies");
        Grid<CompanyData> grid = companies();
        grid.select(GridKt._get(grid, 1));
        _get(Button.class, spec -> spec.withId("save-selection")).click();
        _get(TextField.class, spec -> spec.withId("saved-name")).setValue("Christmas cards");
        _get(Button.class, spec -> spec.withId("saved-go")).click();
        assertEquals(List.of(lodz), data.savedSelections.get(0).ids());
        assertEquals(Companies.TYPE, data.savedSelections.get(0).recordType());

        // a search with a filter, saved and applied again later
        _get(TextField.class, spec -> spec.withId("list-search")).setValue("anvil");
        @SuppressWarnings("unchecked")
        ComboBox<String> status = _get(ComboBox.class, spec -> spec.withId("filter-status"));
        status.setValue("customer");
        _get(Button.class, spec -> spec.withId("save-search")).click();
        _get(TextField.class, spec -> spec.withId("saved-name")).setValue("Anvil customers");
        _get(Button.class, spec -> spec.withId("saved-go")).click();
        assertEquals(List.of("status:eq:customer"), data.savedSearches.get(0).filters());
        assertEquals("anvil", data.savedSearches.get(0).query());

        UI.getCurrent().navigate("contacts/representatives");
        UI.getCurrent().navigate("contacts/companies");
        @SuppressWarnings("unchecked")
        ComboBox<org.cairncrm.platform.api.records.SavedFilterData> saved = _get(ComboBox.class,
                spec -> spec.withId("saved-searches"));
        saved.setValue(data.savedSearches.get(0));
        assertEquals(1, GridKt._size(companies()));
        assertTrue(data.lastCompanyRequest.filters().stream().anyMatch(f -> f.toString().equals("status:eq:customer")));
        _get(Button.class, spec -> spec.withId("saved-filter-off")).click();
        GridKt._size(companies());
        assertTrue(data.lastCompanyRequest.filters().isEmpty());
    }

    @Test
    void withoutTheKeysTheButtonsAreNotOffered() {
        Access.set(new Tester(Set.of(Companies.READ)));
        UI.getCurrent().navigate("contacts/companies");
        assertTrue(_find(Button.class, spec -> spec.withId("new-company")).isEmpty());
        assertTrue(_find(Button.class, spec -> spec.withId("add-to-group")).isEmpty());
        UI.getCurrent().navigate("contacts/companies/" + anvil);
        assertTrue(_find(Button.class, spec -> spec.withId("save-company")).isEmpty());
        assertTrue(_get(TextField.class, spec -> spec.withId("name")).isReadOnly());
        UI.getCurrent().navigate("contacts/companies/new");
        assertInstanceOf(CompaniesView.class, UI.getCurrent().getCurrentView());
    }

    private static List<String> tabs() {
        return _find(com.vaadin.flow.component.tabs.Tab.class).stream().map(t -> t.getLabel()).toList();
    }

    @SuppressWarnings("unchecked")
    private static Grid<CompanyData> companies() {
        return _get(com.vaadin.flow.component.Component.class, spec -> spec.withId("companies"))
                .getChildren().filter(c -> c instanceof Grid).map(c -> (Grid<CompanyData>) c).findFirst()
                .orElseGet(() -> (Grid<CompanyData>) _get(Grid.class));
    }
}
