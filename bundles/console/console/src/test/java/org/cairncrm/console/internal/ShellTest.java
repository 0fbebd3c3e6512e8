package org.cairncrm.console.internal;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cairncrm.console.ViewContribution;
import org.cairncrm.platform.api.ModuleInfo;
import org.cairncrm.platform.api.ModuleRegistry;
import org.cairncrm.platform.api.ModuleState;
import org.cairncrm.platform.api.access.Authenticator;
import org.cairncrm.platform.api.access.Identity;
import org.cairncrm.platform.api.access.Permission;
import org.cairncrm.platform.api.access.RecordScope;
import org.cairncrm.platform.api.error.ValidationException;
import org.cairncrm.platform.api.settings.Settings;
import org.cairncrm.platform.people.Accounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.LoginFormKt;
import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.login.LoginOverlay;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.RouteConfiguration;

/**
 * The shell on the server side, with Karibu-Testing (no browser): sign-in, the forced password change, the menu
 * filtered by permission and views that come and go. The people module's services are replaced by small in-memory
 * accounts that follow the same rules (the real ones are exercised by the integration tests).
 */
class ShellTest {

    /** A view a module might contribute. */
    public static class ReportsView extends VerticalLayout {
        private static final long serialVersionUID = 1L;

        public ReportsView() {
            setId("reports");
            add(new H2("Reports"));
        }
    }

    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final InMemorySettings settings = new InMemorySettings();
    private ViewRegistry views;
    private final Contributions contributions = new Contributions(null);

    @BeforeEach
    void startConsole() {
        accounts.add("admin", "Owner-pass-2026", true, Set.of(Permission.EVERYTHING));
        accounts.add("clara", "Clerk-pass-2026", false, Set.of("people.employee.read"));
        MockVaadin.setup(new Routes());
        views = new ViewRegistry(null);
        ConsoleServices.set(new ConsoleServices(accounts, new OneModule(), views, accounts, settings, null,
                null, contributions));
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        ConsoleServer.shellRoutes(routes);
        com.vaadin.flow.server.VaadinService service = com.vaadin.flow.server.VaadinService.getCurrent();
        views.open(service.getContext(), new VaadinCaches(() -> java.util.Optional.of(service)),
                ConsoleServer.ownViews());
        ConsoleServer.ownHelp().forEach(page -> contributions.add(contributions.help, page));
        UI.getCurrent().navigate("");
    }

    @AfterEach
    void stopConsole() {
        views.close();
        ConsoleServices.set(null);
        MockVaadin.tearDown();
    }

    @Test
    void nobodySignedInIsSentToTheSignInForm() {
        assertInstanceOf(LoginView.class, UI.getCurrent().getCurrentView());
        UI.getCurrent().navigate("admin/modules");
        assertInstanceOf(LoginView.class, UI.getCurrent().getCurrentView());
    }

    @Test
    void aWrongPasswordIsRefusedOnTheForm() {
        LoginOverlay form = _get(LoginOverlay.class);
        LoginFormKt._login(form, "clara", "not-it-2026");
        assertTrue(form.isError());
        assertTrue(SignedIn.identity().isEmpty());
        assertInstanceOf(LoginView.class, UI.getCurrent().getCurrentView());
    }

    @Test
    void aFirstPasswordMustBeReplacedBeforeAnythingElse() {
        LoginFormKt._login(_get(LoginOverlay.class), "admin", "Owner-pass-2026");
        assertInstanceOf(PasswordView.class, UI.getCurrent().getCurrentView());
        UI.getCurrent().navigate("admin/modules");
        assertInstanceOf(PasswordView.class, UI.getCurrent().getCurrentView(), "no way around it");

        PasswordField current = _get(PasswordField.class, spec -> spec.withId("current-password"));
        PasswordField replacement = _get(PasswordField.class, spec -> spec.withId("new-password"));
        PasswordField repeat = _get(PasswordField.class, spec -> spec.withId("repeat-password"));
        Button save = _get(Button.class, spec -> spec.withId("save-password"));

        current.setValue("Owner-pass-2026");
        replacement.setValue("Brand-new-2026");
        repeat.setValue("Brand-new-2027");
        save.click();
        assertTrue(repeat.isInvalid());
        assertFalse(repeat.getErrorMessage().isEmpty());

        current.setValue("not-the-current-1");
        repeat.setValue("Brand-new-2026");
        save.click();
        assertTrue(current.isInvalid(), "the message of the current-password field error is next to it");
        assertEquals("is not right", current.getErrorMessage());

        current.setValue("Owner-pass-2026");
        replacement.setValue("short");
        repeat.setValue("short");
        save.click();
        assertTrue(replacement.isInvalid());

        replacement.setValue("Brand-new-2026");
        repeat.setValue("Brand-new-2026");
        save.click();
        assertInstanceOf(HomeView.class, UI.getCurrent().getCurrentView());
        assertFalse(SignedIn.identity().orElseThrow().mustChangePassword());
        NotificationsKt.expectNotifications("Your password was changed.");
    }

    @Test
    void theMenuShowsOnlyTheViewsTheUserMayOpen() {
        views.add("reports", contribution("reports", "Reports", Optional.of("reports.report.read")));
        views.add("phone-book", contribution("phone-book", "Phone book", Optional.empty()));
        LoginFormKt._login(_get(LoginOverlay.class), "clara", "Clerk-pass-2026");
        assertInstanceOf(HomeView.class, UI.getCurrent().getCurrentView());
        assertEquals(Set.of("Home", "Employees", "Phone book"), menu());
        assertEquals("Anvil Ltd", _get(com.vaadin.flow.component.html.H1.class,
                spec -> spec.withId("company-name")).getText());

        UI.getCurrent().navigate("admin/modules");
        assertInstanceOf(HomeView.class, UI.getCurrent().getCurrentView(), "no permission: back home");
        NotificationsKt.expectNotifications("You may not open that view.");
        UI.getCurrent().navigate("reports");
        assertInstanceOf(HomeView.class, UI.getCurrent().getCurrentView());
    }

    @Test
    void anAdministratorSeesTheModulesView() {
        accounts.add("root", "Root-pass-2026", false, Set.of(Permission.EVERYTHING));
        LoginFormKt._login(_get(LoginOverlay.class), "root", "Root-pass-2026");
        assertTrue(menu().contains("Installed modules"));
        UI.getCurrent().navigate("admin/modules");
        @SuppressWarnings("unchecked")
        Grid<ModuleInfo> grid = _get(Grid.class, spec -> spec.withId("modules"));
        assertEquals("people", grid.getGenericDataView().getItems().findFirst().orElseThrow().name());
    }

    @Test
    void aViewThatGoesAwayLeavesTheMenuAndSendsItsOpenPageHome() {
        accounts.add("root", "Root-pass-2026", false, Set.of(Permission.EVERYTHING));
        LoginFormKt._login(_get(LoginOverlay.class), "root", "Root-pass-2026");
        views.add("reports", contribution("reports", "Reports", Optional.of("reports.report.read")));
        MockVaadin.clientRoundtrip();
        assertTrue(menu().contains("Reports"), "appears without a reload");
        UI.getCurrent().navigate("reports");
        assertInstanceOf(ReportsView.class, UI.getCurrent().getCurrentView());

        views.remove("reports");
        MockVaadin.clientRoundtrip();
        assertFalse(menu().contains("Reports"));
        assertInstanceOf(HomeView.class, UI.getCurrent().getCurrentView());
        NotificationsKt.expectNotifications("The view you had open is no longer installed.");
    }

    @Test
    void theLanguageAndTheSessionTimeoutComeFromTheSettings() {
        LoginFormKt._login(_get(LoginOverlay.class), "clara", "Clerk-pass-2026");
        assertEquals(45 * 60, com.vaadin.flow.server.VaadinSession.getCurrent().getSession()
                .getMaxInactiveInterval());
        assertTrue(menu().contains("Home"));
        MenuBar user = _get(MenuBar.class, spec -> spec.withId("user-menu"));
        ContextMenuKt._clickItemWithCaption(user, "Polski");
        assertEquals("pl", settings.personal.get("clara:ui.language"), "kept for the next sign-in");
        UI.getCurrent().navigate("");
        UI.getCurrent().getPage().reload();
        assertEquals("Start", Texts.get("menu.home"));

        // signing in again brings the language back
        ContextMenuKt._clickItemWithID(user, "sign-out");
        MockVaadin.tearDown();
        MockVaadin.setup(new Routes());
        ConsoleServer.shellRoutes(RouteConfiguration.forApplicationScope());
        UI.getCurrent().navigate("login");
        LoginFormKt._login(_get(LoginOverlay.class), "clara", "Clerk-pass-2026");
        assertEquals("Start", Texts.get("menu.home"));
    }

    @Test
    void homeShowsTheCardsTheUserMaySee() {
        contributions.cards.add(card("Open tasks", Optional.empty()));
        contributions.cards.add(card("Team revenue", Optional.of("reports.report.read")));
        LoginFormKt._login(_get(LoginOverlay.class), "clara", "Clerk-pass-2026");
        Set<String> titles = new java.util.TreeSet<>();
        _find(com.vaadin.flow.component.html.H3.class).forEach(h -> titles.add(h.getText()));
        assertEquals(Set.of("Open tasks"), titles);
    }

    @Test
    void aFailingCardSaysSoInItsPlaceAndTheOthersStillShow() {
        contributions.cards.add(card("Open tasks", Optional.empty()));
        contributions.cards.add(new org.cairncrm.console.DashboardCard() {
            @Override
            public String title() {
                return "Broken";
            }

            @Override
            public Optional<String> permission() {
                return Optional.empty();
            }

            @Override
            public Component create() {
                throw new IllegalStateException("the database said no");
            }
        });
        LoginFormKt._login(_get(LoginOverlay.class), "clara", "Clerk-pass-2026");
        Set<String> titles = new java.util.TreeSet<>();
        _find(com.vaadin.flow.component.html.H3.class).forEach(h -> titles.add(h.getText()));
        assertEquals(Set.of("Open tasks", "Broken"), titles);
        assertEquals(1, _find(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses(
                "card-failed")).size());
        assertEquals(1, _find(com.vaadin.flow.component.html.Span.class, spec -> spec.withText(
                "Open tasks content")).size());
    }

    @Test
    void theGlobalSearchAsksTheProvidersTheUserMayUse() {
        contributions.searches.add(search("Phone book", Optional.empty(), "Anvil Ltd"));
        contributions.searches.add(search("Salaries", Optional.of("hr.salary.read"), "Anvil Ltd salary"));
        LoginFormKt._login(_get(LoginOverlay.class), "clara", "Clerk-pass-2026");
        _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("global-search"))
                .setValue("anvil");
        MainLayout.search("anvil");
        Set<String> found = new java.util.TreeSet<>();
        _find(Button.class, spec -> spec.withText("Anvil Ltd")).forEach(b -> found.add(b.getText()));
        assertEquals(Set.of("Anvil Ltd"), found);
        assertTrue(_find(Button.class, spec -> spec.withText("Anvil Ltd salary")).isEmpty());
        _get(Button.class, spec -> spec.withText("Anvil Ltd")).click();
        assertInstanceOf(HomeView.class, UI.getCurrent().getCurrentView());
    }

    @Test
    void aContributedListActionRunsOnTheMarkedRows() {
        List<List<org.cairncrm.platform.api.RecordRef>> received = new java.util.ArrayList<>();
        contributions.actions.add(new org.cairncrm.console.ListActionContribution() {
            @Override
            public String recordType() {
                return "test.row";
            }

            @Override
            public String label() {
                return "Print labels";
            }

            @Override
            public Optional<String> permission() {
                return Optional.empty();
            }

            @Override
            public String run(List<org.cairncrm.platform.api.RecordRef> marked) {
                received.add(marked);
                return marked.size() + " labels printed";
            }
        });
        LoginFormKt._login(_get(LoginOverlay.class), "clara", "Clerk-pass-2026");
        org.cairncrm.console.RecordList<Long> list = new org.cairncrm.console.RecordList<>(request ->
                new org.cairncrm.platform.api.paging.Page<>(List.of(1L, 2L, 3L), 3, 0, request.size()));
        list.addPlainColumn("Id", id -> id);
        list.enableContributedActions("test.row", id -> new org.cairncrm.platform.api.RecordRef("test.row", id));
        UI.getCurrent().add(list);
        list.grid().select(1L);
        list.grid().select(3L);
        _get(Button.class, spec -> spec.withText("Print labels")).click();
        assertEquals(List.of(List.of(new org.cairncrm.platform.api.RecordRef("test.row", 1),
                new org.cairncrm.platform.api.RecordRef("test.row", 3))), received.stream()
                .map(refs -> refs.stream().sorted(java.util.Comparator.comparingLong(
                        org.cairncrm.platform.api.RecordRef::id)).toList()).toList());
        NotificationsKt.expectNotifications("2 labels printed");
    }

    @Test
    void aRecordCardShowsDetailsTheContributedTabsTheUserMaySeeAndHistory() {
        contributions.tabs.add(tab("Documents", Optional.empty()));
        contributions.tabs.add(tab("Salary", Optional.of("hr.salary.read")));
        LoginFormKt._login(_get(LoginOverlay.class), "clara", "Clerk-pass-2026");
        org.cairncrm.console.RecordCard card = new org.cairncrm.console.RecordCard("Anvil Ltd",
                new org.cairncrm.platform.api.RecordRef("people.employee", 7), "employees",
                new com.vaadin.flow.component.html.Span("details"));
        UI.getCurrent().add(card);
        com.vaadin.flow.component.tabs.TabSheet sheet = _get(com.vaadin.flow.component.tabs.TabSheet.class);
        List<String> labels = new java.util.ArrayList<>();
        _find(com.vaadin.flow.component.tabs.Tab.class).forEach(t -> labels.add(t.getLabel()));
        assertEquals(List.of("Details", "Documents", "History"), labels);
        sheet.setSelectedIndex(1);
        assertEquals(1, _find(com.vaadin.flow.component.html.Span.class,
                spec -> spec.withText("documents of people.employee:7")).size());
    }

    @Test
    void openPagesFollowTheContributionsThatComeAndGo() {
        LoginFormKt._login(_get(LoginOverlay.class), "clara", "Clerk-pass-2026");
        org.cairncrm.console.RecordCard card = new org.cairncrm.console.RecordCard("Anvil Ltd",
                new org.cairncrm.platform.api.RecordRef("people.employee", 7), "employees",
                new com.vaadin.flow.component.html.Span("details"));
        org.cairncrm.console.RecordList<Long> list = new org.cairncrm.console.RecordList<>(request ->
                new org.cairncrm.platform.api.paging.Page<>(List.of(1L, 2L), 2, 0, request.size()));
        list.addPlainColumn("Id", id -> id);
        list.enableContributedActions("people.employee",
                id -> new org.cairncrm.platform.api.RecordRef("people.employee", id));
        UI.getCurrent().add(card, list);
        assertEquals(List.of("Details", "History"), tabLabels());
        assertTrue(_find(com.vaadin.flow.component.html.H3.class).isEmpty());

        // a module comes: its tab, action and dashboard card show in the open page
        org.cairncrm.console.RecordTabContribution documents = tab("Documents", Optional.empty());
        org.cairncrm.console.ListActionContribution labels = action("Print labels");
        org.cairncrm.console.DashboardCard tasks = card("Open tasks", Optional.empty());
        contributions.add(contributions.tabs, documents);
        contributions.add(contributions.actions, labels);
        contributions.add(contributions.cards, tasks);
        MockVaadin.clientRoundtrip();
        assertEquals(List.of("Details", "Documents", "History"), tabLabels());
        _get(Button.class, spec -> spec.withText("Print labels"));
        _get(com.vaadin.flow.component.html.H3.class, spec -> spec.withText("Open tasks"));

        // ... and goes: they vanish, the rest stays
        contributions.remove(contributions.tabs, documents);
        contributions.remove(contributions.actions, labels);
        contributions.remove(contributions.cards, tasks);
        MockVaadin.clientRoundtrip();
        assertEquals(List.of("Details", "History"), tabLabels());
        assertTrue(_find(Button.class, spec -> spec.withText("Print labels")).isEmpty());
        assertTrue(_find(com.vaadin.flow.component.html.H3.class).isEmpty());
        _get(com.vaadin.flow.component.html.Span.class, spec -> spec.withText("details"));
    }

    @Test
    void theBellCountsTheNoticesTheUserMaySeeAndOpensWhereTheyAreDealtWith() {
        contributions.add(contributions.notices, notices(Optional.empty(), "Call Anvil Ltd back"));
        contributions.add(contributions.notices, notices(Optional.of("hr.salary.read"), "Salary review due"));
        LoginFormKt._login(_get(LoginOverlay.class), "clara", "Clerk-pass-2026");
        assertEquals("1", _get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("notice-count"))
                .getText());
        _get(Button.class, spec -> spec.withId("notifications")).click();
        _get(com.vaadin.flow.component.dialog.Dialog.class, spec -> spec.withId("notices"));
        assertTrue(_find(Button.class, spec -> spec.withText("Salary review due")).isEmpty());
        _get(Button.class, spec -> spec.withText("Call Anvil Ltd back")).click();
        assertInstanceOf(PersonalSettingsView.class, UI.getCurrent().getCurrentView());

        // a provider that goes takes its notices along
        contributions.remove(contributions.notices, contributions.notices.get(0));
        MockVaadin.clientRoundtrip();
        assertTrue(_find(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("notice-count")).isEmpty());
        assertEquals("Notifications: 0", _get(Button.class, spec -> spec.withId("notifications")).getElement()
                .getAttribute("aria-label"));
        _get(Button.class, spec -> spec.withId("notifications")).click();
        _get(com.vaadin.flow.component.html.Span.class, spec -> spec.withText("Nothing needs your attention."));
    }

    private static org.cairncrm.console.NoticeProvider notices(Optional<String> permission, String title) {
        return new org.cairncrm.console.NoticeProvider() {
            @Override
            public Optional<String> permission() {
                return permission;
            }

            @Override
            public List<Notice> notices(int limit) {
                return List.of(new Notice(title, "Anvil Ltd", Instant.parse("2026-11-23T09:00:00Z"),
                        "settings"));
            }
        };
    }

    @Test
    void aDeletionRunsOnlyWhenConfirmed() {
        List<String> deleted = new java.util.ArrayList<>();
        org.cairncrm.console.Confirm.ask("Delete the group Night shift?", "Delete", () -> deleted.add("Night shift"));
        _get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withText("Delete the group Night shift?"));
        _get(Button.class, spec -> spec.withId("confirm-no")).click();
        assertEquals(List.of(), deleted);
        assertTrue(_find(com.vaadin.flow.component.dialog.Dialog.class, spec -> spec.withId("confirm")).isEmpty());
        org.cairncrm.console.Confirm.ask("Delete the group Night shift?", "Delete", () -> deleted.add("Night shift"));
        _get(Button.class, spec -> spec.withId("confirm-yes")).click();
        assertEquals(List.of("Night shift"), deleted);
    }

    @Test
    void theSupervisorOfAnEmployeeIsChosenOnTheEmployeeCard() {
        java.util.Map<Long, org.cairncrm.platform.people.EmployeeData> staff = new java.util.LinkedHashMap<>();
        staff.put(1L, new org.cairncrm.platform.people.EmployeeData(1L, 1L, "Maria", "Manager", null, null, null,
                null, null, null, null, true, null, null));
        staff.put(2L, new org.cairncrm.platform.people.EmployeeData(2L, 1L, "Carl", "Clerk", null, null, null,
                null, null, null, null, true, null, null));
        org.cairncrm.platform.people.Employees employees = new org.cairncrm.platform.people.Employees() {
            @Override
            public org.cairncrm.platform.api.paging.Page<org.cairncrm.platform.people.EmployeeData> list(
                    org.cairncrm.platform.api.paging.PageRequest request) {
                return new org.cairncrm.platform.api.paging.Page<>(List.copyOf(staff.values()), staff.size(), 0,
                        request.size());
            }

            @Override
            public org.cairncrm.platform.people.EmployeeData get(long id) {
                return staff.get(id);
            }

            @Override
            public org.cairncrm.platform.people.EmployeeData create(org.cairncrm.platform.people.EmployeeData d) {
                throw new UnsupportedOperationException();
            }

            @Override
            public org.cairncrm.platform.people.EmployeeData update(long id,
                                                                     org.cairncrm.platform.people.EmployeeData d) {
                org.cairncrm.platform.people.EmployeeData stored = new org.cairncrm.platform.people.EmployeeData(id,
                        d.version() + 1, d.firstName(), d.lastName(), d.position(), d.department(), d.email(),
                        d.phone(), d.mobile(), d.birthday(), d.nameDay(), d.active(), d.supervisorId(), null);
                staff.put(id, stored);
                return stored;
            }

            @Override
            public void delete(long id) {
                throw new UnsupportedOperationException();
            }
        };
        ConsoleServices.set(new ConsoleServices(accounts, new OneModule(), views, accounts, settings, employees,
                null, contributions));
        accounts.add("root", "Root-pass-2026", false, Set.of(Permission.EVERYTHING));
        LoginFormKt._login(_get(LoginOverlay.class), "root", "Root-pass-2026");
        UI.getCurrent().navigate("admin/employees/2");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.ComboBox<org.cairncrm.platform.people.EmployeeData> supervisor =
                _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("supervisorId"));
        assertEquals(1, supervisor.getListDataView().getItemCount(), "anyone but the employee");
        supervisor.setValue(staff.get(1L));
        _get(Button.class, spec -> spec.withId("save")).click();
        assertEquals(1L, staff.get(2L).supervisorId(), "Maria supervises Carl now");
    }

    private static List<String> tabLabels() {
        List<String> labels = new java.util.ArrayList<>();
        _find(com.vaadin.flow.component.tabs.Tab.class).forEach(t -> labels.add(t.getLabel()));
        return labels;
    }

    private static org.cairncrm.console.ListActionContribution action(String label) {
        return new org.cairncrm.console.ListActionContribution() {
            @Override
            public String recordType() {
                return "people.employee";
            }

            @Override
            public String label() {
                return label;
            }

            @Override
            public Optional<String> permission() {
                return Optional.empty();
            }

            @Override
            public String run(List<org.cairncrm.platform.api.RecordRef> marked) {
                return marked.size() + " done";
            }
        };
    }

    private static org.cairncrm.console.RecordTabContribution tab(String label, Optional<String> permission) {
        return new org.cairncrm.console.RecordTabContribution() {
            @Override
            public String recordType() {
                return "people.employee";
            }

            @Override
            public String label() {
                return label;
            }

            @Override
            public Optional<String> permission() {
                return permission;
            }

            @Override
            public Component create(org.cairncrm.platform.api.RecordRef record) {
                return new com.vaadin.flow.component.html.Span(label.toLowerCase() + " of " + record);
            }
        };
    }

    private static org.cairncrm.console.DashboardCard card(String title, Optional<String> permission) {
        return new org.cairncrm.console.DashboardCard() {
            @Override
            public String title() {
                return title;
            }

            @Override
            public Optional<String> permission() {
                return permission;
            }

            @Override
            public Component create() {
                return new com.vaadin.flow.component.html.Span(title + " content");
            }
        };
    }

    private static org.cairncrm.console.SearchProvider search(String title, Optional<String> permission,
                                                              String hit) {
        return new org.cairncrm.console.SearchProvider() {
            @Override
            public String title() {
                return title;
            }

            @Override
            public Optional<String> permission() {
                return permission;
            }

            @Override
            public List<SearchHit> search(String text, int limit) {
                return hit.toLowerCase().contains(text) ? List.of(new SearchHit(hit, "", "")) : List.of();
            }
        };
    }

    /** A module's help page, from this test's resources. */
    public static class ReportsHelp extends org.cairncrm.console.ModuleHelp {
        ReportsHelp() {
            super(new org.cairncrm.console.Translations("console.texts", ShellTest.class), "reports", "help.title",
                    "reports.report.read", "shelltest/help", 50);
        }
    }

    private static List<String> helpPages() {
        return _find(com.vaadin.flow.component.html.Anchor.class).stream()
                .filter(a -> a.getId().orElse("").startsWith("help-page-")).map(a -> a.getId().orElseThrow()
                        .substring("help-page-".length())).toList();
    }

    private static String helpContent() {
        return _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("help-content")).getElement()
                .getChild(0).getOuterHTML();
    }

    @Test
    void helpListsThePagesTheUserMayReadInTheirLanguage() {
        contributions.add(contributions.help, new ReportsHelp());
        LoginFormKt._login(_get(LoginOverlay.class), "clara", "Clerk-pass-2026");
        UI.getCurrent().navigate("help");
        assertInstanceOf(HelpView.class, UI.getCurrent().getCurrentView());
        assertEquals(List.of("start"), helpPages(), "no administration, no reports for a clerk without them");
        assertTrue(helpContent().contains("<h1>Getting started</h1>"), helpContent());
        UI.getCurrent().navigate("help/admin");
        assertTrue(_find(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("help-missing"))
                .size() == 1, "a page of what the user may not use is not shown");

        ContextMenuKt._clickItemWithCaption(_get(MenuBar.class, spec -> spec.withId("user-menu")), "Polski");
        UI.getCurrent().navigate("help/start");
        assertTrue(helpContent().contains("<h1>Pierwsze kroki</h1>"), helpContent());
        assertEquals("Pomoc", UI.getCurrent().getInternals().getTitle());
    }

    @Test
    void theHelpButtonOpensThePageOfTheModuleInUse() {
        contributions.add(contributions.help, new ReportsHelp());
        views.add("reports", contribution("reports", "Reports", Optional.of("reports.report.read")));
        accounts.add("root", "Root-pass-2026", false, Set.of(Permission.EVERYTHING));
        LoginFormKt._login(_get(LoginOverlay.class), "root", "Root-pass-2026");
        UI.getCurrent().navigate("reports");
        _get(Button.class, spec -> spec.withId("help-button")).click();
        assertInstanceOf(HelpView.class, UI.getCurrent().getCurrentView());
        assertEquals("help/reports", UI.getCurrent().getInternals().getActiveViewLocation().getPath());
        assertEquals(List.of("start", "reports", "admin"), helpPages(), "in their order");
        String page = helpContent();
        assertTrue(page.contains("<a href=\"/reports\" router-link"), "the console's own address opens in it: "
                + page);
        assertTrue(page.contains("href=\"https://example.org/\" target=\"_blank\""), "other sites in a new tab");
        assertTrue(page.contains("<td>Turnover</td>"), "tables");
        assertFalse(page.contains("<script"), "raw HTML is shown as text, never run: " + page);
        assertTrue(page.contains("&lt;script&gt;"), page);

        UI.getCurrent().navigate("admin/modules");
        _get(Button.class, spec -> spec.withId("help-button")).click();
        assertEquals("help/admin", UI.getCurrent().getInternals().getActiveViewLocation().getPath());
        assertTrue(helpContent().contains("<h1>Administration</h1>"));

        UI.getCurrent().navigate("");
        _get(Button.class, spec -> spec.withId("help-button")).click();
        assertEquals("help", UI.getCurrent().getInternals().getActiveViewLocation().getPath(),
                "no page for the home page: the guide's first");
    }

    @Test
    void theHelpSearchKeepsThePagesWithEveryWordTyped() {
        accounts.add("root", "Root-pass-2026", false, Set.of(Permission.EVERYTHING));
        LoginFormKt._login(_get(LoginOverlay.class), "root", "Root-pass-2026");
        contributions.add(contributions.help, new ReportsHelp());
        UI.getCurrent().navigate("help");
        com.vaadin.flow.component.textfield.TextField search = _get(
                com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("help-search"));
        search.setValue("turnover");
        assertEquals(List.of("reports"), helpPages());
        search.setValue("UNLOCK password");
        assertEquals(List.of("admin"), helpPages(), "every word, case ignored");
        search.setValue("lodz fabryka");
        assertEquals(List.of("start"), helpPages(), "Polish letters ignored (Łódzka Fabryka)");
        search.setValue("nothing-like-this");
        assertEquals(List.of(), helpPages());
        assertEquals(1, _find(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("help-none"))
                .size());
        contributions.remove(contributions.help, contributions.help.get(contributions.help.size() - 1));
        search.clear();
        assertEquals(List.of("start", "admin"), helpPages(), "a module's page goes with the module");
    }

    /** What the browser does when a date field is left with text that is no date. */
    private static void typeNoDate(com.vaadin.flow.component.datepicker.DatePicker field, String text) {
        field.getElement().setProperty("_inputElementValue", text);
        com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent(field.getElement(),
                new com.vaadin.flow.dom.DomEvent(field.getElement(), "unparsable-change",
                        elemental.json.Json.createObject()));
    }

    @Test
    void aDateFieldWithTextThatIsNoDateStopsTheSaveWithTheReasonNextToIt() {
        LoginFormKt._login(_get(LoginOverlay.class), "clara", "Clerk-pass-2026");
        settings.personal.put("clara:ui.dateFormat", "dd.MM.yyyy");
        com.vaadin.flow.component.datepicker.DatePicker due = org.cairncrm.console.DateFields.date("Due");
        com.vaadin.flow.component.datepicker.DatePicker born = org.cairncrm.console.DateFields.date("Born",
                java.time.LocalDate.of(1990, 5, 1));
        UI.getCurrent().add(due, born);
        assertEquals("dd.MM.yyyy", due.getI18n().getDateFormats().get(0), "the user's format first");
        assertTrue(due.getI18n().getDateFormats().contains("yyyy-MM-dd"), "ISO dates are read too");
        assertEquals(1, due.getI18n().getFirstDayOfWeek());

        typeNoDate(due, "31.02.2O26");
        assertTrue(org.cairncrm.console.DateFields.unreadable(due));
        assertEquals(null, due.getValue(), "the field's value is empty, which is not what was typed");
        Map<String, com.vaadin.flow.component.HasValidation> form = new java.util.LinkedHashMap<>();
        form.put("targetDate", due);
        form.put("birthday", born);
        org.cairncrm.platform.api.error.ValidationException refused = org.junit.jupiter.api.Assertions.assertThrows(
                org.cairncrm.platform.api.error.ValidationException.class,
                () -> org.cairncrm.console.FieldErrors.check(form), "nothing is saved");
        assertEquals(List.of("targetDate"), refused.fieldErrors().stream()
                .map(org.cairncrm.platform.api.error.FieldError::field).toList());
        org.cairncrm.console.FieldErrors.show(refused, form);
        assertTrue(due.isInvalid());
        assertTrue(due.getErrorMessage().contains("dd.MM.yyyy"), due.getErrorMessage());
        assertFalse(born.isInvalid());

        due.setValue(java.time.LocalDate.of(2026, 12, 11));
        assertFalse(org.cairncrm.console.DateFields.unreadable(due), "a date picked replaces the text");
        org.cairncrm.console.FieldErrors.check(form);
        assertFalse(due.isInvalid());
    }

    @Test
    void dateFieldsSpeakTheSessionsLanguage() {
        LoginFormKt._login(_get(LoginOverlay.class), "clara", "Clerk-pass-2026");
        ContextMenuKt._clickItemWithCaption(_get(MenuBar.class, spec -> spec.withId("user-menu")), "Polski");
        com.vaadin.flow.component.datepicker.DatePicker due = org.cairncrm.console.DateFields.date("Termin");
        assertEquals("Styczeń", due.getI18n().getMonthNames().get(0));
        assertEquals("Pon", due.getI18n().getWeekdaysShort().get(1));
        assertEquals("Dziś", due.getI18n().getToday());
    }

    @Test
    void signingOutEndsTheSession() {
        LoginFormKt._login(_get(LoginOverlay.class), "clara", "Clerk-pass-2026");
        assertTrue(SignedIn.identity().isPresent());
        MenuBar user = _get(MenuBar.class, spec -> spec.withId("user-menu"));
        ContextMenuKt._clickItemWithID(user, "sign-out");
        assertTrue(SignedIn.identity().isEmpty());
    }

    private static Set<String> menu() {
        Set<String> labels = new java.util.TreeSet<>();
        _find(SideNavItem.class).forEach(item -> labels.add(item.getLabel()));
        return labels;
    }

    private static ViewContribution contribution(String route, String title, Optional<String> permission) {
        return new ViewContribution() {
            @Override
            public String route() {
                return route;
            }

            @Override
            public String title() {
                return title;
            }

            @Override
            public String menuGroup() {
                return "Tests";
            }

            @Override
            public Optional<String> permission() {
                return permission;
            }

            @Override
            public Class<? extends Component> viewClass() {
                return ReportsView.class;
            }
        };
    }

    /** The two settings the shell reads, with a personal layer per login. */
    private static final class InMemorySettings implements Settings {
        final Map<String, String> personal = new HashMap<>();

        @Override
        public String effective(String key) {
            String login = org.cairncrm.platform.api.access.Access.current().map(Identity::login).orElse("");
            return switch (key) {
                case "platform.sessionTimeoutMinutes" -> "45";
                case "platform.companyName" -> "Anvil Ltd";
                case "ui.language" -> personal.getOrDefault(login + ":" + key, "en");
                case "ui.dateFormat" -> personal.getOrDefault(login + ":" + key, "yyyy-MM-dd");
                default -> throw new IllegalArgumentException(key);
            };
        }

        @Override
        public void setPersonal(String key, String value) {
            personal.put(org.cairncrm.platform.api.access.Access.signedIn().login() + ":" + key, value);
        }

        @Override
        public void setGlobal(String key, String value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<org.cairncrm.platform.api.settings.SettingState> states() {
            return List.of();
        }
    }

    /** One installed module. */
    private static final class OneModule implements ModuleRegistry {
        @Override
        public List<ModuleInfo> modules() {
            return List.of(new ModuleInfo("people", "People and access", "cairn-platform-people", "1.0.0",
                    ModuleState.ACTIVE, ""));
        }

        @Override
        public Optional<ModuleInfo> module(String name) {
            return modules().stream().filter(m -> m.name().equals(name)).findFirst();
        }
    }

    /** Accounts in memory, with the people module's rules for passwords that matter here. */
    private static final class InMemoryAccounts implements Authenticator, Accounts {
        final Map<String, String> passwords = new HashMap<>();
        final Map<String, Boolean> mustChange = new HashMap<>();
        final Map<String, Set<String>> permissions = new HashMap<>();
        final Map<String, Instant> stamps = new HashMap<>();

        void add(String login, String password, boolean firstPassword, Set<String> keys) {
            passwords.put(login, password);
            mustChange.put(login, firstPassword);
            permissions.put(login, keys);
            stamps.put(login, Instant.now());
        }

        private Identity identity(String login) {
            return new TestIdentity(login, mustChange.get(login), permissions.get(login), stamps.get(login));
        }

        @Override
        public Optional<Identity> password(String login, char[] password) {
            return new String(password).equals(passwords.get(login)) ? Optional.of(identity(login))
                    : Optional.empty();
        }

        @Override
        public Optional<Identity> token(String token) {
            return Optional.empty();
        }

        @Override
        public Optional<Identity> refresh(Identity identity) {
            TestIdentity known = (TestIdentity) identity;
            return known.stamp().equals(stamps.get(known.login())) ? Optional.of(identity(known.login()))
                    : Optional.empty();
        }

        @Override
        public void changeOwnPassword(String login, char[] current, char[] replacement) {
            if (!new String(current).equals(passwords.get(login))) {
                throw ValidationException.of("currentPassword", "is not right");
            }
            if (replacement.length < 10) {
                throw ValidationException.of("newPassword", "must be at least 10 characters");
            }
            passwords.put(login, new String(replacement));
            mustChange.put(login, false);
            stamps.put(login, Instant.now().plusNanos(1));
        }

        @Override
        public org.cairncrm.platform.api.paging.Page<org.cairncrm.platform.people.AccountData> list(
                org.cairncrm.platform.api.paging.PageRequest request) {
            List<org.cairncrm.platform.people.AccountData> rows = passwords.keySet().stream().sorted()
                    .map(login -> new org.cairncrm.platform.people.AccountData(login.length(), 1, login, 1, login,
                            true, null, mustChange.get(login), stamps.get(login), null, List.of(), null))
                    .toList();
            return new org.cairncrm.platform.api.paging.Page<>(rows, rows.size(), 0, request.size());
        }

        @Override
        public void delete(long id) {
            // ids here are the login's length (see list)
            passwords.keySet().removeIf(login -> login.length() == id);
        }

        @Override
        public org.cairncrm.platform.people.AccountData add(org.cairncrm.platform.people.NewAccount request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public SignIn signIn(String login, char[] password) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long create(String login, String firstName, String lastName, char[] password, Set<String> roles) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setPassword(String login, char[] password, boolean mustChangeIt) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void lock(String login) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void unlock(String login) {
            throw new UnsupportedOperationException();
        }
    }

    private record TestIdentity(String login, boolean mustChangePassword, Set<String> permissions, Instant stamp)
            implements Identity {
        @Override
        public long employeeId() {
            return Arrays.asList("admin", "clara", "root").indexOf(login) + 1;
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
}
