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
public class MainLayout extends AppLayout implements RouterLayout, BeforeEnterObserver {

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
        Button bell = new Button(VaadinIcon.BELL.create());
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bell.getElement().setAttribute("aria-label", Texts.get("header.notifications"));
        bell.setId("notifications");

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

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), name, search, bell, user);
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

    private static Component icon(String name) {
        try {
            return VaadinIcon.valueOf(name).create();
        } catch (IllegalArgumentException unknown) {
            return VaadinIcon.CIRCLE_THIN.create();
        }
    }

    /** Keeps the choice as the user's personal setting, so that it holds at the next sign-in too. */
    /** The company's name from the global settings, else the product's. */
    private static String companyName() {
        try {
            return ConsoleServices.get().settings().effective("platform.companyName");
        } catch (IllegalArgumentException notDeclared) {
            return Texts.get("app.name");
        }
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
