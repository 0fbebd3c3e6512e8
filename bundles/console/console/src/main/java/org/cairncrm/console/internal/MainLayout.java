package org.cairncrm.console.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cairncrm.console.ViewContribution;
import org.cairncrm.platform.api.access.Identity;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinSession;

/**
 * The console's frame: header with the company name, search, notifications and the user's menu; the side menu of
 * every view the user may open, grouped by module, rebuilt live as modules come and go.
 */
public class MainLayout extends AppLayout implements RouterLayout, BeforeEnterObserver,
        com.vaadin.flow.router.AfterNavigationObserver {

    private static final int NOTICE_LIMIT = 20;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span noticeCount = new Span();

    private static final long serialVersionUID = 1L;

    private final VerticalLayout menu = new VerticalLayout();
    private Runnable stopListening;

    public MainLayout() {
        H1 name = new H1(companyName());
        name.setId("company-name");
        name.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        TextField search = new TextField();
        search.setPlaceholder(Texts.get("header.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setId("global-search");
        search.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, e -> search(search.getValue()));
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bell.getElement().setAttribute("aria-label", Texts.get("header.notifications"));
        bell.setId("notifications");
        bell.addClickListener(e -> showNotices());
        noticeCount.setId("notice-count");
        noticeCount.getStyle().set("background", "var(--lumo-error-color)").set("color", "var(--lumo-base-color)")
                .set("border-radius", "1em").set("padding", "0 0.45em").set("font-size", "var(--lumo-font-size-xs)");
        noticeCount.setVisible(false);
        bell.setSuffixComponent(noticeCount);
        org.cairncrm.console.internal.Hooks.followContributions(this, this::countNotices);

        MenuBar user = new MenuBar();
        user.setId("user-menu");
        user.addThemeVariants(com.vaadin.flow.component.menubar.MenuBarVariant.LUMO_TERTIARY);
        String login = SignedIn.identity().map(Identity::login).orElse("");
        var me = user.addItem(new Span(VaadinIcon.USER.create(), new Span(" " + login)));
        var language = me.getSubMenu().addItem(Texts.get("menu.language"));
        language.getSubMenu().addItem("English", e -> switchLanguage("en"));
        language.getSubMenu().addItem("Polski", e -> switchLanguage("pl"));
        me.getSubMenu().addItem(Texts.get("settings.personal"),
                e -> UI.getCurrent().navigate(PersonalSettingsView.class)).setId("personal-settings");
        me.getSubMenu().addItem(Texts.get("menu.password"), e -> UI.getCurrent().navigate(PasswordView.class));
        me.getSubMenu().addItem(Texts.get("menu.signOut"), e -> signOut()).setId("sign-out");

        Button help = new Button(VaadinIcon.QUESTION_CIRCLE_O.create());
        help.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        help.getElement().setAttribute("aria-label", Texts.get("help.title"));
        help.getElement().setAttribute("title", Texts.get("help.title"));
        help.setId("help-button");
        help.addClickListener(e -> openHelp());

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), name, search, bell, help, user);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(search);
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(header);
        menu.setPadding(false);
        menu.setSpacing(false);
        menu.setId("side-menu");
        addToDrawer(menu);
        rebuildMenu();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (SignedIn.identity().isEmpty()) {
            event.forwardTo(LoginView.class);
            return;
        }
        Identity identity = SignedIn.identity().get();
        if (identity.mustChangePassword()) {
            event.forwardTo(PasswordView.class);
            return;
        }
        ConsoleServices.get().views().of(event.getNavigationTarget()).flatMap(ViewContribution::permission)
                .filter(key -> !identity.has(key))
                .ifPresent(key -> {
                    Notification.show(Texts.get("notice.noPermission"));
                    event.forwardTo(HomeView.class);
                });
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        stopListening = ConsoleServices.get().views().listen(changed -> ui.access(() -> {
            rebuildMenu();
            Component content = getContent();
            if (content != null && content.getClass() == changed.viewClass()
                    && ConsoleServices.get().views().of(changed.viewClass()).isEmpty()) {
                ui.navigate(HomeView.class);
                Notification.show(Texts.get("notice.viewRemoved"));
                ConsoleServices.get().views().forget(changed.viewClass().getClassLoader());
            }
        }));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (stopListening != null) {
            stopListening.run();
        }
    }

    private void rebuildMenu() {
        menu.removeAll();
        Identity identity = SignedIn.identity().orElse(null);
        if (identity == null) {
            return;
        }
        SideNav home = new SideNav();
        home.addItem(new SideNavItem(Texts.get("menu.home"), HomeView.class, VaadinIcon.HOME.create()));
        menu.add(home);
        Map<String, SideNav> groups = new LinkedHashMap<>();
        List<ViewContribution> views = ConsoleServices.get().views().visibleTo(identity);
        for (ViewContribution view : views) {
            if (!view.inMenu()) {
                continue;
            }
            SideNav group = groups.computeIfAbsent(view.menuGroup(), g -> {
                SideNav nav = new SideNav(g);
                nav.setCollapsible(true);
                menu.add(nav);
                return nav;
            });
            SideNavItem item = new SideNavItem(view.title(), "/" + view.route(), icon(view.icon()));
            item.setId("menu-" + view.route().replace('/', '-'));
            group.addItem(item);
        }
    }

    /** The help page of the module whose view is open (the first word of its address), else the guide's first. */
    private static void openHelp() {
        UI ui = UI.getCurrent();
        String first = ui.getInternals().getActiveViewLocation().getFirstSegment();
        boolean known = SignedIn.identity().map(identity -> ConsoleServices.get().contributions().helpFor(identity)
                .stream().anyMatch(page -> page.id().equals(first))).orElse(false);
        ui.navigate(known ? "help/" + first : "help");
    }

    private static Component icon(String name) {
        try {
            return VaadinIcon.valueOf(name).create();
        } catch (IllegalArgumentException unknown) {
            return VaadinIcon.CIRCLE_THIN.create();
        }
    }

    /** The company's name from the global settings, else the product's. */
    private static String companyName() {
        try {
            return ConsoleServices.get().settings().effective("platform.companyName");
        } catch (IllegalArgumentException notDeclared) {
            return Texts.get("app.name");
        }
    }

    @Override
    public void afterNavigation(com.vaadin.flow.router.AfterNavigationEvent event) {
        countNotices();
    }

    /** The notices of every provider the user may use, most urgent of each first. */
    private static List<org.cairncrm.console.NoticeProvider.Notice> notices() {
        Identity identity = SignedIn.identity().orElse(null);
        if (identity == null || identity.mustChangePassword()) {
            return List.of();
        }
        List<org.cairncrm.console.NoticeProvider.Notice> all = new java.util.ArrayList<>();
        for (org.cairncrm.console.NoticeProvider provider
                : ConsoleServices.get().contributions().noticesFor(identity)) {
            try {
                all.addAll(org.cairncrm.platform.api.access.Access.runAs(identity,
                        () -> provider.notices(NOTICE_LIMIT)));
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(MainLayout.class).warn("Notices of {} not shown: {}",
                        provider.getClass().getName(), e.toString());
            }
        }
        return all;
    }

    /** Shows on the bell how many notices wait. */
    private void countNotices() {
        int count = notices().size();
        noticeCount.setText(count == 0 ? "" : String.valueOf(count));
        noticeCount.setVisible(count > 0);
        bell.getElement().setAttribute("aria-label", Texts.get("header.notifications") + ": " + count);
    }

    /** Lists the notices; a click opens where each is dealt with. */
    private void showNotices() {
        List<org.cairncrm.console.NoticeProvider.Notice> notices = notices();
        countNotices();
        com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setId("notices");
        dialog.setHeaderTitle(Texts.get("header.notifications"));
        VerticalLayout list = new VerticalLayout();
        java.time.format.DateTimeFormatter when = java.time.format.DateTimeFormatter
                .ofLocalizedDateTime(java.time.format.FormatStyle.SHORT)
                .withLocale(UI.getCurrent().getLocale()).withZone(java.time.ZoneId.systemDefault());
        for (var notice : notices) {
            Button open = new Button(notice.title(), e -> {
                dialog.close();
                UI.getCurrent().navigate(notice.route());
            });
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            String detail = (notice.detail() == null ? "" : notice.detail())
                    + (notice.at() == null ? "" : " \u00b7 " + when.format(notice.at()));
            VerticalLayout entry = new VerticalLayout(open, new Span(detail));
            entry.setPadding(false);
            entry.setSpacing(false);
            entry.addClassName("notice");
            list.add(entry);
        }
        if (notices.isEmpty()) {
            list.add(new Span(Texts.get("notices.none")));
        }
        dialog.add(list);
        dialog.open();
    }

    /** Asks every search provider the user may use, and lists what they found; a click opens the record. */
    static void search(String text) {
        Identity identity = SignedIn.identity().orElse(null);
        if (identity == null || text == null || text.isBlank()) {
            return;
        }
        com.vaadin.flow.component.dialog.Dialog results = new com.vaadin.flow.component.dialog.Dialog();
        results.setId("search-results");
        results.setHeaderTitle(Texts.get("search.results") + ": " + text.strip());
        VerticalLayout list = new VerticalLayout();
        int found = 0;
        for (org.cairncrm.console.SearchProvider provider
                : ConsoleServices.get().contributions().searchesFor(identity)) {
            var hits = org.cairncrm.platform.api.access.Access.runAs(identity,
                    () -> provider.search(text.strip(), 10));
            if (hits.isEmpty()) {
                continue;
            }
            list.add(new com.vaadin.flow.component.html.H4(provider.title()));
            for (var hit : hits) {
                Button open = new Button(hit.title() + (hit.detail().isEmpty() ? "" : " (" + hit.detail() + ")"),
                        e -> {
                            results.close();
                            UI.getCurrent().navigate(hit.route());
                        });
                open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                list.add(open);
                found++;
            }
        }
        if (found == 0) {
            list.add(new Span(Texts.get("search.nothing")));
        }
        results.add(list);
        results.open();
    }

    private static void switchLanguage(String language) {
        VaadinSession.getCurrent().setLocale(java.util.Locale.forLanguageTag(language));
        SignedIn.identity().ifPresent(identity -> org.cairncrm.platform.api.access.Access.runAs(identity, () -> {
            ConsoleServices.get().settings().setPersonal("ui.language", language);
            return null;
        }));
        UI.getCurrent().getPage().reload();
    }

    private static void signOut() {
        UI ui = UI.getCurrent();
        SignedIn.signOut();
        ui.getPage().setLocation("/login");
    }
}
