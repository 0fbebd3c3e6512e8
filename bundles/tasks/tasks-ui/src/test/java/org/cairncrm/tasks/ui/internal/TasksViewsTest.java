package org.cairncrm.tasks.ui.internal;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;

import org.cairncrm.platform.api.access.Access;
import org.cairncrm.platform.api.access.Identity;
import org.cairncrm.platform.api.access.RecordScope;
import org.cairncrm.platform.people.EmployeeData;
import org.cairncrm.tasks.AlertData;
import org.cairncrm.tasks.TaskData;
import org.cairncrm.tasks.TopicData;
import org.cairncrm.tasks.Tasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteConfiguration;

/** The tasks views without a browser, over in-memory stand-ins of the tasks and people services. */
class TasksViewsTest {

    private record Tester(long employeeId, Set<String> permissions) implements Identity {
        @Override
        public String login() {
            return "tess";
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

    private static final Set<String> WORKER = Set.of(Tasks.READ, Tasks.CREATE, Tasks.UPDATE);
    private static final Set<String> MANAGER = Set.of(Tasks.READ, Tasks.CREATE, Tasks.UPDATE, Tasks.MANAGE);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private final InMemoryTasks data = new InMemoryTasks();
    private TasksConsole services;
    private long production;

    @BeforeEach
    void start() {
        MockVaadin.setup(new Routes());
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        routes.setRoute("tasks/mine", MyTasksView.class);
        routes.setRoute("tasks/topics", TopicBoardView.class);
        routes.setRoute("tasks/tasks/:id", TaskCardView.class);
        routes.setRoute("tasks/escalations", EscalationsView.class);
        routes.setRoute("tasks/delegations", DelegationsView.class);
        routes.setRoute("tasks/workload", WorkloadView.class);
        services = new TasksConsole(data.tasks, data.topics, data.delegations, data.employees, data.groups);
        services.clock = java.time.Clock.fixed(TODAY.atTime(9, 0).atZone(java.time.ZoneId.systemDefault())
                .toInstant(), java.time.ZoneId.systemDefault());
        production = data.topic("Production", 1);
        Access.set(new Tester(2, WORKER));
    }

    @AfterEach
    void stop() {
        Access.clear();
        MockVaadin.tearDown();
    }

    @Test
    void myTasksListsMineAndMyGroupsAndFiltersTheOverdueOnes() {
        data.task(production, "Order steel", 2L, null, TODAY.minusDays(1));
        data.task(production, "For the crew", null, 7L, TODAY.plusDays(2));
        data.task(production, "Nina's", 3L, null, TODAY.plusDays(1));
        UI.getCurrent().navigate("tasks/mine");
        Grid<?> grid = _get(Grid.class);
        assertEquals(2, GridKt._size(grid));
        @SuppressWarnings("unchecked")
        ComboBox<Tasks.Mine> which = _get(ComboBox.class, spec -> spec.withId("mine-which"));
        which.setValue(Tasks.Mine.OVERDUE);
        assertEquals(1, GridKt._size(grid));
    }

    @Test
    void aNewTaskShowsItsErrorsAtTheFieldsAndOpensWhenRight() {
        UI.getCurrent().navigate("tasks/tasks/new-in-" + production);
        _get(Button.class, spec -> spec.withId("save-task")).click();
        assertTrue(_get(TextField.class, spec -> spec.withId("title")).isInvalid());
        assertTrue(data.rows.isEmpty());
        _get(TextField.class, spec -> spec.withId("title")).setValue("Clean the machines");
        _get(Button.class, spec -> spec.withId("save-task")).click();
        assertEquals(1, data.rows.size());
        assertEquals(production, data.rows.values().iterator().next().topicId());
        assertInstanceOf(TaskCardView.class, UI.getCurrent().getCurrentView());
    }

    @Test
    void anEmployeeAsksForATaskAndItsManagerApproves() {
        long open = data.task(production, "Update the price list", null, null, TODAY.plusDays(5));
        UI.getCurrent().navigate("tasks/tasks/" + open);
        assertTrue(_find(Button.class, spec -> spec.withId("approve-claim")).isEmpty());
        _get(Button.class, spec -> spec.withId("claim-task")).click();
        assertEquals(2L, data.rows.get(open).claimRequestedBy());
        assertTrue(_find(Button.class, spec -> spec.withId("approve-claim")).isEmpty(), "Carl is no manager");

        Access.set(new Tester(1, WORKER));
        UI.getCurrent().navigate("tasks/tasks/" + open);
        _get(Button.class, spec -> spec.withId("approve-claim")).click();
        assertEquals(2L, data.rows.get(open).assigneeId());
        assertEquals("ASSIGNED", data.rows.get(open).status());
        assertTrue(_get(Span.class, spec -> spec.withId("task-summary")).getText().contains("Carl Clerk"));
    }

    @Test
    void aDelegationToTheSamePersonIsShownAtTheFieldAndAGoodOneIsListed() {
        Access.set(new Tester(1, MANAGER));
        UI.getCurrent().navigate("tasks/delegations");
        @SuppressWarnings("unchecked")
        ComboBox<EmployeeData> from = _get(ComboBox.class, spec -> spec.withId("fromEmployeeId"));
        @SuppressWarnings("unchecked")
        ComboBox<EmployeeData> to = _get(ComboBox.class, spec -> spec.withId("toEmployeeId"));
        from.setValue(data.people.get(1));
        to.setValue(data.people.get(1));
        _get(Button.class, spec -> spec.withId("save-delegation")).click();
        assertTrue(to.isInvalid());
        assertTrue(data.delegationRows.isEmpty());
        to.setValue(data.people.get(2));
        _get(Button.class, spec -> spec.withId("save-delegation")).click();
        assertEquals(1, data.delegationRows.size());
        assertEquals(1, GridKt._size(_get(Grid.class, spec -> spec.withId("delegations"))));
    }

    @Test
    void theHomeCardCountsOverdueTasksAndPointsToEscalations() {
        data.task(production, "Order steel", 2L, null, TODAY.minusDays(1));
        data.task(production, "Check the press", 2L, null, TODAY.plusDays(3));
        data.alertRows.add(new AlertData(1, 99, "Late thing", 2, "OVERDUE", TODAY.minusDays(1),
                java.time.Instant.now(), false));
        UI.getCurrent().add(new OpenTasksCard(services).create());
        assertEquals("1 overdue", _get(Span.class, spec -> spec.withId("open-tasks-overdue")).getText());
        assertEquals(2, _find(Button.class, spec -> spec.withClasses("open-task")).size());
        _get(Button.class, spec -> spec.withId("open-tasks-alerts")).click();
        assertInstanceOf(EscalationsView.class, UI.getCurrent().getCurrentView());
    }

    @Test
    void theTopicBoardShowsTasksInColumnsByStatus() {
        data.task(production, "Order steel", 2L, null, TODAY.minusDays(1));
        data.task(production, "Update the price list", null, null, TODAY.plusDays(5));
        UI.getCurrent().navigate("tasks/topics");
        VerticalLayout assigned = _get(VerticalLayout.class, spec -> spec.withId("status-ASSIGNED"));
        VerticalLayout fresh = _get(VerticalLayout.class, spec -> spec.withId("status-NEW"));
        assertEquals(1, assigned.getChildren().filter(c -> c.getId().orElse("").startsWith("task-")).count());
        assertEquals(1, fresh.getChildren().filter(c -> c.getId().orElse("").startsWith("task-")).count());
        assertFalse(_find(Button.class, spec -> spec.withId("new-topic")).size() > 0, "only managers add topics");
    }

    @Test
    void aManagerDefinesAProcessOnTheBoardWithItsSteps() {
        Access.set(new Tester(1, MANAGER));
        UI.getCurrent().navigate("tasks/topics");
        assertTrue(_find(ComboBox.class, spec -> spec.withId("start-process")).isEmpty());
        _get(Button.class, spec -> spec.withId("new-process")).click();
        _get(TextField.class, spec -> spec.withId("step-title-0")).setValue("Prepare a desk");
        _get(Button.class, spec -> spec.withId("save-process")).click();
        assertTrue(data.processRows.isEmpty(), "a process needs its name");
        assertTrue(_get(TextField.class, spec -> spec.withId("process-name")).isInvalid());
        _get(TextField.class, spec -> spec.withId("process-name")).setValue("New employee");
        _get(TextField.class, spec -> spec.withId("step-title-1")).setValue("Create the accounts");
        _get(Button.class, spec -> spec.withId("process-add-step")).click();
        _get(Button.class, spec -> spec.withId("save-process")).click();
        assertEquals(1, data.processRows.size());
        assertEquals(2, data.processRows.get(0).steps().size());
        assertEquals(1, _find(ComboBox.class, spec -> spec.withId("start-process")).size());
    }

    @Test
    void aCompanysTasksTabListsItsTasksAndMakesANewOneAboutIt() {
        org.cairncrm.platform.api.RecordRef company = new org.cairncrm.platform.api.RecordRef("contacts.company", 12);
        UI.getCurrent().getSession().setLocale(java.util.Locale.forLanguageTag("pl"));
        UI.getCurrent().add(TasksTab.content(company));
        assertEquals(0, GridKt._size(_get(Grid.class, spec -> spec.withId("tasks-tab-grid"))));
        Button create = _get(Button.class, spec -> spec.withId("tasks-tab-new"));
        assertEquals("Nowe zadanie", create.getText(), "the tasks views speak Polish to a Polish user");
        create.click();
        assertInstanceOf(TaskCardView.class, UI.getCurrent().getCurrentView());
        @SuppressWarnings("unchecked")
        ComboBox<org.cairncrm.console.SearchProvider.SearchHit> about = _get(ComboBox.class,
                spec -> spec.withId("link"));
        assertEquals(company, about.getValue().record(), "the new task is about the company it was made on");
        assertEquals("Dotyczy rekordu", about.getLabel());
        _get(TextField.class, spec -> spec.withId("title")).setValue("Call back about the offer");
        @SuppressWarnings("unchecked")
        ComboBox<TopicData> topic = _get(ComboBox.class, spec -> spec.withId("topicId"));
        topic.setValue(topic.getListDataView().getItem(0));
        _get(Button.class, spec -> spec.withId("save-task")).click();
        TaskData made = data.rows.values().iterator().next();
        assertEquals("contacts.company:12", made.link());
        // the card links to the record, and the company's tab lists the task
        assertEquals("contacts/companies/12", _get(com.vaadin.flow.component.html.Anchor.class,
                spec -> spec.withId("task-about")).getHref());
        assertEquals(1, GridKt._size(grid(TasksTab.content(company))));
        assertEquals(0, GridKt._size(grid(TasksTab.content(new org.cairncrm.platform.api.RecordRef("journal.case",
                3)))), "another record's tab does not list it");
    }

    @Test
    void aProcessStartedOnACompanysCardIsAboutTheCompany() {
        data.processRows.add(new org.cairncrm.tasks.ProcessData(5L, "New customer", production,
                java.util.List.of(new org.cairncrm.tasks.ProcessData.Step("Send the welcome pack", null, 2L, 1,
                        false))));
        org.cairncrm.platform.api.RecordRef company = new org.cairncrm.platform.api.RecordRef("contacts.company", 12);
        UI.getCurrent().add(TasksTab.content(company));
        @SuppressWarnings("unchecked")
        ComboBox<org.cairncrm.tasks.ProcessData> start = _get(ComboBox.class,
                spec -> spec.withId("tasks-tab-process"));
        start.setValue(start.getListDataView().getItem(0));
        TaskData first = data.rows.values().iterator().next();
        assertEquals("Send the welcome pack", first.title());
        assertEquals("contacts.company:12", first.link());
        assertInstanceOf(TaskCardView.class, UI.getCurrent().getCurrentView());
    }

    private static Grid<?> grid(com.vaadin.flow.component.Component tab) {
        return tab.getChildren().filter(Grid.class::isInstance).map(c -> (Grid<?>) c).findFirst().orElseThrow();
    }
}
