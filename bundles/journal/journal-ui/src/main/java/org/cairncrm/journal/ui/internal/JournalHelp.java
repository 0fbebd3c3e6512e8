package org.cairncrm.journal.ui.internal;

import org.cairncrm.console.HelpPage;
import org.cairncrm.console.ModuleHelp;
import org.cairncrm.journal.Journal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The module's page of the console's user's guide: {@code journal/help.md}, {@code journal/help_pl.md}. */
@Component(service = HelpPage.class)
public class JournalHelp extends ModuleHelp {

    @Activate
    public JournalHelp(@Reference JournalConsole services) {
        super(JournalConsole.TEXTS, "journal", "menu.group", Journal.READ, "journal/help", 20);
    }
}
