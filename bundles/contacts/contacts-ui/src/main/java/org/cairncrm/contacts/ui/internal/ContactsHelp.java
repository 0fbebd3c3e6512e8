package org.cairncrm.contacts.ui.internal;

import org.cairncrm.console.HelpPage;
import org.cairncrm.console.ModuleHelp;
import org.cairncrm.contacts.Companies;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The module's page of the console's user's guide: {@code contacts/help.md}, {@code contacts/help_pl.md}. */
@Component(service = HelpPage.class)
public class ContactsHelp extends ModuleHelp {

    @Activate
    public ContactsHelp(@Reference ContactsConsole services) {
        super(ContactsConsole.TEXTS, "contacts", "menu.group", Companies.READ, "contacts/help", 10);
    }
}
