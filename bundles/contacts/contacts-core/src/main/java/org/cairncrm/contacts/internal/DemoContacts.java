package org.cairncrm.contacts.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cairncrm.platform.api.StartupWork;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.cairncrm.contacts.Companies;
import org.cairncrm.contacts.CompanyData;
import org.cairncrm.contacts.ContactGroupData;
import org.cairncrm.contacts.ContactGroups;
import org.cairncrm.contacts.Dictionaries;
import org.cairncrm.contacts.GroupKind;
import org.cairncrm.contacts.RepresentativeData;
import org.cairncrm.contacts.Representatives;
import org.cairncrm.platform.api.access.Scope;
import org.cairncrm.platform.api.paging.Filter;
import org.cairncrm.platform.api.paging.PageRequest;
import org.cairncrm.platform.people.Accounts;
import org.cairncrm.platform.people.RoleData;
import org.cairncrm.platform.people.Roles;
import org.cairncrm.platform.persistence.ModuleSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo companies and people for a demo server ({@code etc/org.cairncrm.demo.cfg}: {@code enabled = true},
 * {@code companies = 300}): added once, to a server with no companies, after the demo people exist, spread over
 * their accounts and lines of business; the demo roles get the contacts keys.
 */
@Component(configurationPid = "org.cairncrm.demo", configurationPolicy = ConfigurationPolicy.REQUIRE)
public class DemoContacts {

    private static final Logger LOG = LoggerFactory.getLogger(DemoContacts.class);
    private static final List<String> OWNERS = List.of("maria", "carl", "nina", "oskar");
    private static final List<String> LINES = List.of("general", "retail", "wholesale");
    private static final int BATCH = 200;

    private final JpaTemplate jpa;
    private final Roles roles;
    private final Accounts accounts;
    private final Thread worker;

    @Activate
    public DemoContacts(Map<String, Object> config,
                        @Reference(target = "(osgi.unit.name=cairn.contacts)") JpaTemplate jpa,
                        @Reference(target = "(cairn.module=contacts)") ModuleSchema schema,
                        @Reference Roles roles, @Reference Accounts accounts, @Reference StartupWork startup) {
        this.jpa = jpa;
        this.roles = roles;
        this.accounts = accounts;
        int companies = Integer.parseInt(String.valueOf(config.getOrDefault("companies", "300")).strip());
        boolean enabled = "true".equals(String.valueOf(config.get("enabled")).strip());
        // the demo people come from another module, which may start later: wait for them off the start thread
        // until the demo data is in, the module says STARTING in /api/health: run.sh waits for UP
        worker = !enabled ? null : startup.inBackground("contacts", "adding demo data", () -> {
            if (awaitDemoPeople()) {
                addOnce(companies);
            }
        });
    }

    @Deactivate
    void deactivate() {
        if (worker != null) {
            worker.interrupt();
        }
    }

    private boolean awaitDemoPeople() {
        for (int i = 0; i < 240; i++) {
            if (role("clerk").isPresent() && owners().size() == OWNERS.size()) {
                return true;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        LOG.warn("Demo contacts not added: the demo people did not appear");
        return false;
    }

    private void addOnce(int count) {
        long existing = jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT COUNT(c) FROM Company c",
                Long.class).getSingleResult());
        if (existing > 0) {
            return;
        }
        grantContactsKeys();
        List<Long> owners = new ArrayList<>(owners().values());
        CompanyGenerator generator = new CompanyGenerator(2026);
        List<Long> companyIds = new ArrayList<>();
        for (int start = 0; start < count && !Thread.currentThread().isInterrupted(); start += BATCH) {
            int from = start;
            companyIds.addAll(jpa.txExpr(TransactionType.Required, em -> {
                List<Long> ids = new ArrayList<>();
                for (int n = from; n < Math.min(count, from + BATCH); n++) {
                    CompanyData data = generator.company(n + 1);
                    Company company = new Company();
                    company.apply(data);
                    company.place(owners.get(n % owners.size()), LINES.get(n % LINES.size()));
                    em.persist(company);
                    Representative main = person(generator.representative(0, data.name(), true), company);
                    em.persist(main);
                    if (n % 2 == 0) {
                        em.persist(person(generator.representative(0, data.name(), false), company));
                    }
                    em.flush();
                    ids.add(company.getId());
                }
                return ids;
            }));
        }
        groups(companyIds);
        LOG.info("Demo contacts added: {} companies with their representatives", companyIds.size());
    }

    private static Representative person(RepresentativeData data, Company company) {
        Representative person = new Representative();
        person.apply(data);
        person.place(company.ownerId(), company.lineOfBusiness());
        Employment work = new Employment(person, company);
        work.apply(data.employments().get(0));
        person.employments().add(work);
        person.index();
        return person;
    }

    private void groups(List<Long> companyIds) {
        jpa.tx(TransactionType.Required, em -> {
            Map<String, Integer> every = new LinkedHashMap<>(Map.of("Dealers", 7, "Suppliers", 11,
                    "Trade fair 2026 leads", 5));
            every.forEach((name, step) -> {
                ContactGroup group = new ContactGroup(GroupKind.COMPANIES);
                group.apply(new ContactGroupData(null, null, GroupKind.COMPANIES, name, null, null, null));
                em.persist(group);
                em.flush();
                for (int i = 0; i < companyIds.size(); i += step) {
                    em.persist(new GroupMember(group.getId(), companyIds.get(i)));
                }
            });
            ContactGroup cards = new ContactGroup(GroupKind.REPRESENTATIVES);
            cards.apply(new ContactGroupData(null, null, GroupKind.REPRESENTATIVES, "Christmas cards",
                    "People who get our Christmas card", null, null));
            em.persist(cards);
        });
    }

    /** The demo roles get the contacts keys: the manager the team's records, a clerk their own. */
    private void grantContactsKeys() {
        List<String> work = List.of(Companies.READ, Companies.CREATE, Companies.UPDATE, Companies.EXPORT,
                Representatives.READ,
                Representatives.CREATE, Representatives.UPDATE, ContactGroups.READ);
        extend("manager", work, List.of(ContactGroups.MANAGE, Dictionaries.MANAGE, Companies.DELETE,
                Representatives.DELETE, org.cairncrm.contacts.Deletions.APPROVE,
                org.cairncrm.contacts.CompanyImports.IMPORT, org.cairncrm.contacts.RepresentativeImports.IMPORT,
                org.cairncrm.contacts.CustomFields.MANAGE), Scope.TEAM);
        extend("clerk", work, List.of(Companies.DELETE, Representatives.DELETE), Scope.OWN);
    }

    private void extend(String name, List<String> keys, List<String> more, Scope scope) {
        List<String> all = new ArrayList<>(keys);
        all.addAll(more);
        roles.extend(name, all, Map.of(Companies.TYPE, scope, Representatives.TYPE, scope));
    }

    private Optional<RoleData> role(String name) {
        return roles.list(new PageRequest(0, 1, List.of(), List.of(Filter.eq("name", name)), Optional.empty()))
                .items().stream().findFirst();
    }

    /** The demo accounts' employees, by login. */
    private Map<String, Long> owners() {
        Map<String, Long> owners = new LinkedHashMap<>();
        for (String login : OWNERS) {
            accounts.list(new PageRequest(0, 1, List.of(), List.of(Filter.eq("login", login)), Optional.empty()))
                    .items().forEach(a -> owners.put(login, a.employeeId()));
        }
        return owners;
    }
}
