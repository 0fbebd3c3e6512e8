package org.cairncrm.journal.ui.internal;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cairncrm.journal.CaseData;
import org.cairncrm.journal.Journal;
import org.cairncrm.journal.JournalSettings;
import org.cairncrm.journal.JournalSettings.Kind;
import org.cairncrm.journal.NextAction;
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
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteConfiguration;

/** The journal views without a browser, over in-memory stand-ins of the journal and contacts services. */
class JournalViewsTest {

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

    private static final Set<String> EVERYTHING = Set.of(Journal.READ, Journal.CREATE, Journal.UPDATE,
            Journal.RECORD_STEP, JournalSettings.MANAGE);

    private final InMemoryJournal data = new InMemoryJournal();
    private JournalConsole services;
    private long company;
    private final LocalDate today = LocalDate.of(2026, 12, 2);

    @BeforeEach
    void start() {
        MockVaadin.setup(new Routes());
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        routes.setRoute("journal/cases", CasesView.class);
        routes.setRoute("journal/cases/:id", CaseCardView.class);
        routes.setRoute("journal/next-actions", NextActionsView.class);
        routes.setRoute("journal/pipeline", PipelineView.class);
        routes.setRoute("journal/settings", SettingsView.class);
        services = new JournalConsole(data.journal, data.settings, data.companies, data.representatives,
                data.employees);
        services.clock = java.time.Clock.fixed(today.atTime(9, 0).atZone(java.time.ZoneId.systemDefault())
                .toInstant(), java.time.ZoneId.systemDefault());
        Access.set(new Tester(EVERYTHING));
        company = data.company("Anvil Works");
    }

    @AfterEach
    void stop() {
        Access.clear();
        MockVaadin.tearDown();
    }

    private long lead(String topic, LocalDate due) {
        return data.journal.create(new CaseData(null, null, topic, company, null, null, null, 1L, null, "lead", null,
                null, null, null, new NextAction("Call them", 1L, due), Map.of("product", "Chairs"), null, null))
                .id();
    }

    @Test
    void aNewCaseShowsTheFormsErrorsAtItsFieldsAndOpensWhenRight() {
        UI.getCurrent().navigate("journal/cases/new-for-" + company);
        @SuppressWarnings("unchecked")
        ComboBox<org.cairncrm.contacts.CompanyData> customer = _get(ComboBox.class, spec -> spec.withId("companyId"));
        assertEquals("Anvil Works", customer.getValue().name(), "the card's company is the customer");
        _get(TextField.class, spec -> spec.withId("topic")).setValue("Showroom chairs");
        _get(Button.class, spec -> spec.withId("save-case")).click();
        TextField product = _get(TextField.class, spec -> spec.withId("field-product"));
        assertTrue(product.isInvalid(), "the lead form's product is required");
        assertTrue(_get(TextField.class, spec -> spec.withId("nextAction.what")).isInvalid());
        assertTrue(data.cases.isEmpty());

        product.setValue("Office chairs");
        _get(TextField.class, spec -> spec.withId("nextAction.what")).setValue("First call");
        _get(DatePicker.class, spec -> spec.withId("nextAction.due")).setValue(today.plusDays(1));
        _get(Button.class, spec -> spec.withId("save-case")).click();
        assertEquals(1, data.cases.size());
        CaseData stored = data.cases.values().iterator().next();
        assertEquals("Office chairs", stored.fields().get("product"));
        assertEquals(company, stored.companyId());
        assertInstanceOf(CaseCardView.class, UI.getCurrent().getCurrentView());
        assertTrue(_get(Button.class, spec -> spec.withId("stage-new")).getThemeNames().contains("primary"));
    }

    @Test
    void recordingAStepAsksForTheNextActionAndMovesTheStage() {
        long lead = lead("Showroom chairs", today.plusDays(1));
        UI.getCurrent().navigate("journal/cases/" + lead);
        // the customer opens its own card from the case
        assertEquals("contacts/companies/" + company, _get(com.vaadin.flow.component.html.Anchor.class,
                spec -> spec.withId("case-company")).getHref());
        _get(Button.class, spec -> spec.withId("record-step")).click();
        StepDialog dialog = _get(StepDialog.class);
        dialog.kind.setValue("call");
        dialog.nextWhat.setValue("");
        dialog.nextDue.clear();
        _get(Button.class, spec -> spec.withId("save-step")).click();
        assertTrue(dialog.nextWhat.isInvalid(), "the next action is asked for");
        assertTrue(data.steps.isEmpty());

        dialog.notes.setValue("Wants 40 chairs");
        dialog.nextWhat.setValue("Send the offer");
        dialog.nextDue.setValue(today.plusDays(3));
        _get(Button.class, spec -> spec.withId("save-step")).click();
        assertEquals(1, data.steps.size());
        assertEquals("contacted", data.cases.get(lead).stage());
        NotificationsKt.expectNotifications("Step recorded; the case moved to Contacted.");
        assertTrue(_get(Button.class, spec -> spec.withId("stage-contacted")).getThemeNames().contains("primary"));
        assertTrue(_get(Span.class, spec -> spec.withId("case-next-action")).getText().contains("Send the offer"));
        _get(com.vaadin.flow.component.tabs.TabSheet.class).setSelectedIndex(1);
        assertEquals(1, GridKt._size(_get(Grid.class, spec -> spec.withId("case-steps"))));
    }

    @Test
    void anOverdueNextActionIsMarkedOnTheDashboardAndInMyList() {
        lead("Late one", today.minusDays(1));
        lead("Later one", today.plusDays(30));
        UI.getCurrent().add(new NextActionsCard(services).create());
        assertEquals("1 overdue", _get(Span.class, spec -> spec.withId("next-actions-overdue")).getText());
        assertEquals(1, _find(Button.class, spec -> spec.withClasses("next-action")).size(),
                "only what is due within three days");
        assertTrue(_find(Button.class, spec -> spec.withClasses("next-action")).get(0).getText()
                .contains("Late one"));

        UI.getCurrent().navigate("journal/next-actions");
        Grid<?> grid = _get(Grid.class);
        assertEquals(2, GridKt._size(grid));
        @SuppressWarnings("unchecked")
        ComboBox<String> within = _get(ComboBox.class, spec -> spec.withId("next-within"));
        within.setValue("overdue");
        assertEquals(1, GridKt._size(grid));
    }

    @Test
    void thePipelineMovesACardToTheNextStage() {
        long lead = lead("Showroom chairs", today.plusDays(1));
        UI.getCurrent().navigate("journal/pipeline");
        assertEquals(1, _find(VerticalLayout.class, spec -> spec.withId("column-new")).size());
        _get(Button.class, spec -> spec.withId("on-" + lead)).click();
        assertEquals("contacted", data.cases.get(lead).stage());
        VerticalLayout contacted = _get(VerticalLayout.class, spec -> spec.withId("column-contacted"));
        assertTrue(contacted.getChildren().anyMatch(c -> c.getId().orElse("").equals("case-" + lead)));
    }

    @Test
    void theCompanysJournalTabListsAndFiltersItsEntries() {
        lead("Showroom chairs", today.minusDays(2));
        UI.getCurrent().add(new JournalTabs.CompanyTab(services).create(
                new org.cairncrm.platform.api.RecordRef("contacts.company", company)));
        Grid<?> entries = _get(Grid.class, spec -> spec.withId("journal-entries"));
        assertEquals(2, GridKt._size(entries));
        _get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withId("journal-outstanding"))
                .setValue(true);
        assertEquals(1, GridKt._size(entries));
        assertEquals(1, _find(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("journal-print"))
                .size());
    }

    @Test
    void adminsAddAStepKindAndSeeTheErrorOfABadCode() {
        UI.getCurrent().navigate("journal/settings");
        _get(com.vaadin.flow.component.tabs.Tabs.class).setSelectedTab(_get(com.vaadin.flow.component.tabs.Tab.class,
                spec -> spec.withId("settings-step")));
        _get(TextField.class, spec -> spec.withId("settings-code")).setValue("Site Visit");
        _get(TextField.class, spec -> spec.withId("settings-label")).setValue("Site visit");
        _get(Button.class, spec -> spec.withId("settings-save")).click();
        assertTrue(_get(TextField.class, spec -> spec.withId("settings-code")).isInvalid());
        _get(TextField.class, spec -> spec.withId("settings-code")).setValue("site-visit");
        _get(Button.class, spec -> spec.withId("settings-save")).click();
        assertTrue(data.settings.find(Kind.STEP, null, "site-visit").isPresent());
        assertFalse(data.settings.find(Kind.STEP, null, "Site Visit").isPresent());
        assertEquals(3, GridKt._size(_get(Grid.class, spec -> spec.withId("settings-grid"))));
    }
}
