package org.cairncrm.console;

import java.util.Optional;

/**
 * A page of the console's built-in user's guide, registered as an OSGi service by the module it describes. The
 * console lists it under <em>Help</em> for users who hold {@link #permission()}, shows it in the language of their
 * session, and opens it from the <em>Help</em> button of the module's own views. Most modules extend
 * {@link ModuleHelp}, which reads the page from the module's resources.
 */
public interface HelpPage {

    /**
     * The page's address below {@code help/}, lowercase words: by custom the first word of the module's routes
     * ({@code contacts}), so that the Help button on {@code contacts/companies} opens it.
     */
    String id();

    /** The page's title in the session's language: {@code Contacts}. */
    String title();

    /** The permission key a user needs to see the page; empty: every signed-in user. */
    Optional<String> permission();

    /** Position in the list of pages; smaller first. */
    default int order() {
        return 100;
    }

    /**
     * The page in Markdown (CommonMark with tables), in the session's language, English when it is not written in
     * that language. Raw HTML is shown as text; a link to {@code /contacts/companies} opens that view of the console.
     */
    String markdown();
}
