package org.cairncrm.console;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/** A card on the console's home page ("my open tasks", "next actions"), registered as an OSGi service. */
public interface DashboardCard {

    String title();

    /** The key a user needs to see the card; empty: everyone. */
    Optional<String> permission();

    /** Builds the card's content for the signed-in user; called each time the home page opens. */
    Component create();

    default int order() {
        return 100;
    }
}
