package org.cairncrm.console;

import java.util.Optional;

import org.cairncrm.platform.api.RecordRef;

import com.vaadin.flow.component.Component;

/**
 * A tab a module adds to another module's record card (the documents of a company, the tasks of a case); an OSGi
 * service. Cards show the tabs of the installed modules for their record type.
 */
public interface RecordTabContribution {

    /** The record type whose cards get the tab: {@code people.employee}. */
    String recordType();

    String label();

    /** The key a user needs to see the tab; empty: everyone who sees the card. */
    Optional<String> permission();

    /** Builds the tab's content for one record. */
    Component create(RecordRef record);
}
