package org.cairncrm.journal.ui.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.cairncrm.console.Translations;
import org.cairncrm.contacts.Companies;
import org.cairncrm.contacts.Representatives;
import org.cairncrm.journal.Journal;
import org.cairncrm.journal.JournalSetting;
import org.cairncrm.journal.JournalSettings;
import org.cairncrm.journal.JournalSettings.Kind;
import org.cairncrm.platform.people.Employees;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The journal services for the views, which Vaadin creates without OSGi: the running component puts itself here
 * and the views read it.
 */
@Component(immediate = true, service = JournalConsole.class)
public class JournalConsole {

    static final Translations TEXTS = new Translations("journal/texts", JournalConsole.class);

    private static volatile JournalConsole current;

    final Journal journal;
    final JournalSettings settings;
    final Companies companies;
    final Representatives representatives;
    final Employees employees;
    /** today, as the server's clock sees it; tests move it */
    volatile java.time.Clock clock = java.time.Clock.systemDefaultZone();

    @Activate
    public JournalConsole(@Reference Journal journal, @Reference JournalSettings settings,
                          @Reference Companies companies, @Reference Representatives representatives,
                          @Reference Employees employees) {
        this.journal = journal;
        this.settings = settings;
        this.companies = companies;
        this.representatives = representatives;
        this.employees = employees;
        current = this;
    }

    @Deactivate
    void deactivate() {
        if (current == this) {
            current = null;
        }
    }

    static JournalConsole get() {
        JournalConsole services = current;
        if (services == null) {
            throw new IllegalStateException("The journal module is not running");
        }
        return services;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.systemDefault()));
    }

    /** A list's labels by code, inactive entries included (cases may still have them). */
    Map<String, String> labels(Kind kind, String parent) {
        Map<String, String> labels = new LinkedHashMap<>();
        settings.list(kind, parent).forEach(s -> labels.put(s.code(), s.label()));
        return labels;
    }

    String label(Kind kind, String parent, String code) {
        return code == null ? "" : settings.find(kind, parent, code).map(JournalSetting::label).orElse(code);
    }

    /** An employee's name, or their number when unknown. */
    String employee(Long id) {
        if (id == null) {
            return "";
        }
        try {
            var e = employees.get(id);
            return e.fullName();
        } catch (RuntimeException unknown) {
            return "#" + id;
        }
    }

    /** A representative's name, or their number when one may not see them. */
    String representative(Long id) {
        if (id == null) {
            return "";
        }
        try {
            return representatives.get(id).displayName();
        } catch (RuntimeException hidden) {
            return "#" + id;
        }
    }
}
