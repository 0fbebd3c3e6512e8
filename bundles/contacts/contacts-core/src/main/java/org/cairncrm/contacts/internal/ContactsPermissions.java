package org.cairncrm.contacts.internal;

import java.util.List;

import org.cairncrm.contacts.Companies;
import org.cairncrm.contacts.ContactGroups;
import org.cairncrm.contacts.Deletions;
import org.cairncrm.contacts.Dictionaries;
import org.cairncrm.contacts.Representatives;
import org.cairncrm.platform.api.access.Permission;
import org.cairncrm.platform.api.access.PermissionContribution;
import org.cairncrm.platform.api.access.ScopedType;
import org.osgi.service.component.annotations.Component;

/** The keys of the contacts module; companies and representatives are limited by data scope. */
@Component
public class ContactsPermissions implements PermissionContribution {

    @Override
    public String module() {
        return "contacts";
    }

    @Override
    public List<Permission> permissions() {
        return List.of(
                new Permission(Companies.READ, "See companies", "GET /api/contacts/companies, dictionaries"),
                new Permission(Companies.CREATE, "Add companies", "POST /api/contacts/companies"),
                new Permission(Companies.UPDATE, "Change companies", "PUT /api/contacts/companies/{id}"),
                new Permission(Representatives.READ, "See representatives", "GET /api/contacts/representatives"),
                new Permission(Representatives.CREATE, "Add representatives",
                        "POST /api/contacts/representatives"),
                new Permission(Representatives.UPDATE, "Change representatives and where they work",
                        "PUT /api/contacts/representatives/{id}"),
                new Permission(ContactGroups.READ, "See contact groups", "GET /api/contacts/groups"),
                new Permission(ContactGroups.MANAGE, "Create and change contact groups, add and remove members",
                        "POST, PUT, DELETE /api/contacts/groups"),
                new Permission(Companies.EXPORT, "Export the companies of a search to CSV",
                        "GET /api/contacts/companies/export"),
                new Permission(Companies.DELETE, "Ask for a company's deletion (a manager decides)",
                        "DELETE /api/contacts/companies/{id}"),
                new Permission(Representatives.DELETE, "Ask for a representative's deletion (a manager decides)",
                        "DELETE /api/contacts/representatives/{id}"),
                new Permission(Deletions.APPROVE, "Approve or reject deletions, delete at once, see and restore "
                        + "archived records", "/api/contacts/deletion-requests, POST .../{id}/restore"),
                new Permission(Deletions.PURGE, "Remove archived records for good when nothing refers to them",
                        "POST /api/contacts/companies/{id}/purge, /representatives/{id}/purge"),
                new Permission(org.cairncrm.contacts.CompanyImports.IMPORT, "Import companies from CSV files",
                        "POST /api/contacts/imports/companies"),
                new Permission(org.cairncrm.contacts.RepresentativeImports.IMPORT,
                        "Import representatives from vCard files", "POST /api/contacts/imports/representatives"),
                new Permission(org.cairncrm.contacts.CustomFields.MANAGE, "Define the custom fields of cards",
                        "POST, PUT, DELETE /api/contacts/fields"),
                new Permission(Dictionaries.MANAGE, "Change the contacts dictionaries (industries, statuses, "
                        + "categories, areas)", "POST, PUT /api/contacts/dictionaries"));
    }

    @Override
    public List<ScopedType> scopedTypes() {
        return List.of(new ScopedType(Companies.TYPE, "Companies"),
                new ScopedType(Representatives.TYPE, "Representatives"));
    }
}
