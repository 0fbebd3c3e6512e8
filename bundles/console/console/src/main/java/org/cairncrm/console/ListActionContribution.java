package org.cairncrm.console;

import java.util.List;
import java.util.Optional;

import org.cairncrm.platform.api.RecordRef;

/**
 * An action on the marked rows of any module's list (print labels for the marked companies, send a mail merge);
 * an OSGi service. Lists show the actions of the installed modules for their record type.
 */
public interface ListActionContribution {

    /** The record type of the lists that get the action: {@code people.employee}. */
    String recordType();

    String label();

    /** The key a user needs for the action. */
    Optional<String> permission();

    /**
     * Runs on the marked records.
     *
     * @return what to tell the user
     */
    String run(List<RecordRef> marked);
}
