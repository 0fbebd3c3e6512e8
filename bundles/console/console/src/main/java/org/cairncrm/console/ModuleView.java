package org.cairncrm.console;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * A module's view as most modules contribute one: its texts from the module's {@link Translations}, its key, its
 * place in the menu. A module's DS component extends it and passes its values.
 *
 * <pre>{@code
 * @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
 * public class Companies extends ModuleView {
 *     public Companies() {
 *         super(TEXTS, "contacts/companies", "companies.title", "BUILDING", Companies.READ, CompaniesView.class, 10,
 *                 true);
 *     }
 * }
 * }</pre>
 */
public abstract class ModuleView implements ViewContribution {

    private final Translations texts;
    private final String route;
    private final String titleKey;
    private final String icon;
    private final String permission;
    private final Class<? extends Component> view;
    private final int order;
    private final boolean inMenu;

    /**
     * @param texts     the module's texts; the menu group is their {@code menu.group}
     * @param titleKey  the key of the view's title in {@code texts}
     * @param inMenu    false for views reached from others (a record's card)
     */
    protected ModuleView(Translations texts, String route, String titleKey, String icon, String permission,
                         Class<? extends Component> view, int order, boolean inMenu) {
        this.texts = texts;
        this.route = route;
        this.titleKey = titleKey;
        this.icon = icon;
        this.permission = permission;
        this.view = view;
        this.order = order;
        this.inMenu = inMenu;
    }

    @Override
    public String route() {
        return route;
    }

    @Override
    public String title() {
        return texts.get(titleKey);
    }

    @Override
    public String menuGroup() {
        return texts.get("menu.group");
    }

    @Override
    public String icon() {
        return icon;
    }

    @Override
    public Optional<String> permission() {
        return Optional.of(permission);
    }

    @Override
    public Class<? extends Component> viewClass() {
        return view;
    }

    @Override
    public int order() {
        return order;
    }

    @Override
    public boolean inMenu() {
        return inMenu;
    }
}
