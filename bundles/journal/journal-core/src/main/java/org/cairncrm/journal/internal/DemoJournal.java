package org.cairncrm.journal.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cairncrm.contacts.Companies;
import org.cairncrm.contacts.CompanyData;
import org.cairncrm.journal.CaseData;
import org.cairncrm.journal.Journal;
import org.cairncrm.journal.JournalSettings;
import org.cairncrm.journal.NextAction;
import org.cairncrm.journal.StepData;
import org.cairncrm.platform.api.Caller;
import org.cairncrm.platform.api.StartupWork;
import org.cairncrm.platform.api.access.Access;
import org.cairncrm.platform.api.access.Identity;
import org.cairncrm.platform.api.access.Permission;
import org.cairncrm.platform.api.access.RecordScope;
import org.cairncrm.platform.api.access.Scope;
import org.cairncrm.platform.api.paging.Filter;
import org.cairncrm.platform.api.paging.PageRequest;
import org.cairncrm.platform.people.Accounts;
import org.cairncrm.platform.people.RoleData;
import org.cairncrm.platform.people.Roles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo server's journal (with {@code etc/org.cairncrm.demo.cfg} enabled): the demo roles get the journal keys
 * (the manager the team's cases and the lists, a clerk their own cases) and a few cases of the demo companies, once.
 */
@Component(configurationPid = "org.cairncrm.demo", configurationPolicy = ConfigurationPolicy.REQUIRE)
public class DemoJournal {

    private static final Logger LOG = LoggerFactory.getLogger(DemoJournal.class);

    private final Journal journal;
    private final Companies companies;
    private final Roles roles;
    private final Accounts accounts;
    private final Thread worker;

    @Activate
    public DemoJournal(Map<String, Object> config, @Reference Journal journal, @Reference Companies companies,
                       @Reference Roles roles, @Reference Accounts accounts, @Reference StartupWork startup) {
        this.journal = journal;
        this.companies = companies;
        this.roles = roles;
        this.accounts = accounts;
        boolean enabled = "true".equals(String.valueOf(config.get("enabled")).strip());
        // the demo people and companies come from other modules, which may start later
        // until the demo data is in, the module says STARTING in /api/health: run.sh waits for UP
        worker = !enabled ? null : startup.inBackground("journal", "adding demo data",
                () -> Caller.runAs(Caller.SYSTEM, () -> Access.runAs(new DemoIdentity(0), () -> {
                    addOnce();
                    return null;
                })));
    }

    @Deactivate
    void deactivate() {
        if (worker != null) {
            worker.interrupt();
        }
    }

    private void addOnce() {
        List<CompanyData> customers = List.of();
        for (int i = 0; i < 240 && (customers.size() < 3 || role("clerk").isEmpty()); i++) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException stopped) {
                return;
            }
            customers = companies.list(new PageRequest(0, 3, List.of(), List.of(), Optional.empty())).items();
        }
        if (customers.size() < 3 || role("clerk").isEmpty()) {
            LOG.warn("Demo journal not added: the demo companies or roles did not appear");
            return;
        }
        if (journal.list(new PageRequest(0, 1, List.of(), List.of(), Optional.empty())).total() > 0) {
            return;
        }
        List<String> work = List.of(Journal.READ, Journal.CREATE, Journal.UPDATE, Journal.RECORD_STEP);
        List<String> manage = new java.util.ArrayList<>(work);
        manage.add(JournalSettings.MANAGE);
        roles.extend("manager", manage, Map.of(Journal.CASE_TYPE, Scope.TEAM));
        roles.extend("clerk", work, Map.of(Journal.CASE_TYPE, Scope.OWN));
        Long maria = employee("maria");
        List<CompanyData> found = customers;
        Access.runAs(new DemoIdentity(maria == null ? 0 : maria), () -> {
            addCases(found, maria);
            return null;
        });
        LOG.info("Added the demo journal: 3 cases");
    }

    private void addCases(List<CompanyData> customers, Long maria) {
        LocalDate today = LocalDate.now();
        CaseData lead = journal.create(new CaseData(null, null, "Chairs for the new showroom",
                customers.get(0).id(), null, null, null, maria, null, "lead", null, "HIGH", null, null,
                new NextAction("First call", maria, today.plusDays(1)), Map.of("product", "Office chairs",
                "budget", "24000", "source", "fair"), null, null));
        journal.recordStep(lead.id(), new StepData(null, null, "note", null, maria, null,
                "Met them at the furniture fair; they open a showroom in spring.", null, null),
                new NextAction("First call", maria, today.plusDays(1)));
        CaseData sale = journal.create(new CaseData(null, null, "Desks for 40 workplaces", customers.get(1).id(),
                null, null, null, maria, null, "sale", null, null, null, null,
                new NextAction("Arrange a meeting", maria, today.minusDays(1)), Map.of(), null, null));
        journal.recordStep(sale.id(), new StepData(null, null, "call", null, maria, null,
                "They want an offer after seeing samples.", "meeting wanted", null),
                new NextAction("Arrange a meeting", maria, today.minusDays(1)));
        journal.create(new CaseData(null, null, "Wobbly table legs", customers.get(2).id(), null, null, null,
                maria, null, "support", null, null, null, null, new NextAction("Send a technician", maria,
                today.plusDays(2)), Map.of("product", "Table T-200", "severity", "normal"), null, null));
    }

    private Optional<RoleData> role(String name) {
        return roles.list(new PageRequest(0, 1, List.of(), List.of(Filter.eq("name", name)), Optional.empty()))
                .items().stream().findFirst();
    }

    private Long employee(String login) {
        return accounts.list(new PageRequest(0, 1, List.of(), List.of(Filter.eq("login", login)), Optional.empty()))
                .items().stream().findFirst().map(a -> a.employeeId()).orElse(null);
    }

    /** The demo loader sees everything; it records its cases as {@code employee}. */
    private static final class DemoIdentity implements Identity {
        private final long employee;

        DemoIdentity(long employee) {
            this.employee = employee;
        }

        @Override
        public String login() {
            return "system";
        }

        @Override
        public long employeeId() {
            return employee;
        }

        @Override
        public boolean mustChangePassword() {
            return false;
        }

        @Override
        public Set<String> permissions() {
            return Set.of(Permission.EVERYTHING);
        }

        @Override
        public RecordScope scope(String recordType) {
            return RecordScope.everything();
        }

        @Override
        public Set<String> linesOfBusiness() {
            return Set.of("general", "retail", "wholesale");
        }
    }
}
