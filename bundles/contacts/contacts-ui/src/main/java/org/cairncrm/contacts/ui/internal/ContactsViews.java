package org.cairncrm.contacts.ui.internal;

import org.cairncrm.console.ViewContribution;
import org.cairncrm.contacts.Companies;
import org.cairncrm.contacts.ContactGroups;
import org.cairncrm.contacts.Deletions;
import org.cairncrm.contacts.Dictionaries;
import org.cairncrm.contacts.Representatives;


/** The contacts views in the console, one contribution each. */
final class ContactsViews {

    private ContactsViews() {
    }

    /** One view of the module, with the module's texts. */
    abstract static class Contribution extends org.cairncrm.console.ModuleView {
        Contribution(String route, String titleKey, String icon, String permission,
                     Class<? extends com.vaadin.flow.component.Component> view, int order, boolean inMenu) {
            super(ContactsConsole.TEXTS, route, titleKey, icon, permission, view, order, inMenu);
        }
    }

    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static class CompaniesContribution extends Contribution {
        @org.osgi.service.component.annotations.Activate
        public CompaniesContribution(@org.osgi.service.component.annotations.Reference ContactsConsole services) {
            super("contacts/companies", "companies.title", "BUILDING", Companies.READ, CompaniesView.class, 10, true);
        }
    }

    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static class CompanyCardContribution extends Contribution {
        @org.osgi.service.component.annotations.Activate
        public CompanyCardContribution(@org.osgi.service.component.annotations.Reference ContactsConsole services) {
            super("contacts/companies/:id", "company.title", "BUILDING", Companies.READ, CompanyCardView.class, 11,
                    false);
        }
    }

    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static class RepresentativesContribution extends Contribution {
        @org.osgi.service.component.annotations.Activate
        public RepresentativesContribution(@org.osgi.service.component.annotations.Reference ContactsConsole services) {
            super("contacts/representatives", "representatives.title", "USER_CARD", Representatives.READ,
                    RepresentativesView.class, 20, true);
        }
    }

    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static class RepresentativeCardContribution extends Contribution {
        @org.osgi.service.component.annotations.Activate
        public RepresentativeCardContribution(@org.osgi.service.component.annotations.Reference ContactsConsole services) {
            super("contacts/representatives/:id", "representative.title", "USER_CARD", Representatives.READ,
                    RepresentativeCardView.class, 21, false);
        }
    }

    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static class GroupsContribution extends Contribution {
        @org.osgi.service.component.annotations.Activate
        public GroupsContribution(@org.osgi.service.component.annotations.Reference ContactsConsole services) {
            super("contacts/groups", "groups.title", "FOLDER_OPEN", ContactGroups.READ, GroupsView.class, 30, true);
        }
    }

    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static class DeletionsContribution extends Contribution {
        @org.osgi.service.component.annotations.Activate
        public DeletionsContribution(@org.osgi.service.component.annotations.Reference ContactsConsole services) {
            super("contacts/deletions", "deletions.title", "TRASH", Deletions.APPROVE, DeletionRequestsView.class,
                    35, true);
        }
    }

    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static class FieldsContribution extends Contribution {
        @org.osgi.service.component.annotations.Activate
        public FieldsContribution(@org.osgi.service.component.annotations.Reference ContactsConsole services) {
            super("contacts/fields", "fields.title", "LIST_UL", org.cairncrm.contacts.CustomFields.MANAGE,
                    FieldsView.class, 38, true);
        }
    }

    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static class ImportContribution extends Contribution {
        @org.osgi.service.component.annotations.Activate
        public ImportContribution(@org.osgi.service.component.annotations.Reference ContactsConsole services) {
            super("contacts/import", "import.title", "UPLOAD", org.cairncrm.contacts.CompanyImports.IMPORT,
                    ImportView.class, 15, true);
        }
    }

    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static class DictionariesContribution extends Contribution {
        @org.osgi.service.component.annotations.Activate
        public DictionariesContribution(@org.osgi.service.component.annotations.Reference ContactsConsole services) {
            super("contacts/dictionaries", "dictionaries.title", "BOOK", Dictionaries.MANAGE,
                    DictionariesView.class, 40, true);
        }
    }
}
