package org.cairncrm.console;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * A view a module adds to the console, registered as an OSGi service. The console serves it at {@link #route()}
 * inside its shell and lists it in the side menu under {@link #menuGroup()} for users who hold
 * {@link #permission()}.
 */
public interface ViewContribution {

    /**
     * The address below the console, {@code contacts/companies}; lowercase words and slashes, and route parameters
     * for views that show one record ({@code contacts/companies/:id}, read with {@code BeforeEnterObserver}).
     */
    String route();

    /** The menu label and page title. */
    String title();

    /** The menu group, usually the module's title: {@code Contacts}. */
    String menuGroup();

    /** A {@code com.vaadin.flow.component.icon.VaadinIcon} name for the menu: {@code USERS}. */
    default String icon() {
        return "CIRCLE_THIN";
    }

    /** The permission key a user needs to see and open the view; empty: every signed-in user. */
    Optional<String> permission();

    /** The view; a public class with a public no-argument constructor. */
    Class<? extends Component> viewClass();

    /** Whether the side menu lists it; false for views reached from others, such as a record's card. */
    default boolean inMenu() {
        return true;
    }

    /** Position in its menu group; smaller first. */
    default int order() {
        return 100;
    }
}
