package org.cairncrm.contacts.ui.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cairncrm.console.Translations;
import org.cairncrm.contacts.Companies;
import org.cairncrm.contacts.ContactGroups;
import org.cairncrm.contacts.CompanyImports;
import org.cairncrm.contacts.CustomFields;
import org.cairncrm.contacts.Deletions;
import org.cairncrm.contacts.Dictionaries;
import org.cairncrm.contacts.DictionaryEntry;
import org.cairncrm.contacts.DictionaryKind;
import org.cairncrm.contacts.Representatives;
import org.cairncrm.platform.api.jobs.Jobs;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The contacts services for the views, which Vaadin creates without OSGi: the running component puts itself here
 * and the views read it.
 */
@Component(immediate = true, service = ContactsConsole.class)
public class ContactsConsole {

    static final Translations TEXTS = new Translations("contacts/texts", ContactsConsole.class);

    private static volatile ContactsConsole current;

    final Companies companies;
    final Representatives representatives;
    final ContactGroups groups;
    final Dictionaries dictionaries;
    final Deletions deletions;
    final CustomFields fields;
    final CompanyImports imports;
    final org.cairncrm.contacts.RepresentativeImports vcards;
    final Jobs jobs;
    final org.cairncrm.platform.api.records.Selections selections;
    final org.cairncrm.platform.api.records.SavedFilters savedFilters;
    /** the staff, for choosing who looks after a company */
    @org.osgi.service.component.annotations.Reference(
            cardinality = org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL,
            policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC,
            policyOption = org.osgi.service.component.annotations.ReferencePolicyOption.GREEDY)
    volatile org.cairncrm.platform.people.Employees employees;

    @Activate
    public ContactsConsole(@Reference Companies companies, @Reference Representatives representatives,
                           @Reference ContactGroups groups, @Reference Dictionaries dictionaries,
                           @Reference Deletions deletions, @Reference CustomFields fields,
                           @Reference CompanyImports imports, @Reference Jobs jobs,
                           @Reference org.cairncrm.platform.api.records.Selections selections,
                           @Reference org.cairncrm.platform.api.records.SavedFilters savedFilters,
                           @Reference org.cairncrm.contacts.RepresentativeImports vcards) {
        this.vcards = vcards;
        this.selections = selections;
        this.savedFilters = savedFilters;
        this.imports = imports;
        this.jobs = jobs;
        this.deletions = deletions;
        this.fields = fields;
        this.companies = companies;
        this.representatives = representatives;
        this.groups = groups;
        this.dictionaries = dictionaries;
        current = this;
    }

    @Deactivate
    void deactivate() {
        if (current == this) {
            current = null;
        }
    }

    static ContactsConsole get() {
        ContactsConsole services = current;
        if (services == null) {
            throw new IllegalStateException("The contacts module is not running");
        }
        return services;
    }

    /** A dictionary's labels by code, inactive entries included (records may still have them). */
    Map<String, String> labels(DictionaryKind kind) {
        Map<String, String> labels = new LinkedHashMap<>();
        dictionaries.entries(kind, true).forEach(e -> labels.put(e.code(), e.label()));
        return labels;
    }

    /** The codes offered for new values: the active entries, in order. */
    List<String> choices(DictionaryKind kind) {
        return dictionaries.entries(kind, false).stream().map(DictionaryEntry::code).toList();
    }
}
