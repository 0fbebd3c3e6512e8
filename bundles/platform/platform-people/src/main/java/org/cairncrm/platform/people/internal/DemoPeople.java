package org.cairncrm.platform.people.internal;

import org.cairncrm.platform.people.GroupKind;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.cairncrm.platform.api.Caller;
import org.cairncrm.platform.api.access.Scope;
import org.cairncrm.platform.persistence.ModuleSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo people, when {@code etc/org.cairncrm.demo.cfg} says {@code enabled = true} (run.sh does): two lines of
 * business, two sales teams, the roles manager and clerk, and four employees whose accounts have the documented
 * passwords of docs/security.md. Added once; a server that has them already is left alone.
 */
@Component(configurationPid = "org.cairncrm.demo", configurationPolicy = ConfigurationPolicy.REQUIRE)
public class DemoPeople {

    /** Documented in docs/security.md; demo servers only. */
    static final Map<String, String> PASSWORDS = Map.of(
            "maria", "Demo-Manager-2026", "carl", "Demo-Clerk-2026", "nina", "Demo-Clerk-2026",
            "oskar", "Demo-Clerk-2026");

    private static final Logger LOG = LoggerFactory.getLogger(DemoPeople.class);

    @Activate
    public DemoPeople(Map<String, Object> config,
                      @Reference(target = "(osgi.unit.name=cairn.people)") JpaTemplate jpa,
                      @Reference(target = "(cairn.module=people)") ModuleSchema schema,
                      @Reference AccountDirectory accounts, @Reference AccessDirectory access) {
        if (!"true".equals(String.valueOf(config.get("enabled")))) {
            return;
        }
        boolean present = jpa.txExpr(TransactionType.Supports, em -> !em.createQuery(
                "SELECT r FROM Role r WHERE r.name = 'manager'", Role.class).getResultList().isEmpty());
        if (present) {
            return;
        }
        Caller.runAs(Caller.SYSTEM, () -> {
            jpa.tx(TransactionType.Required, em -> {
                em.persist(new LineOfBusiness("retail", "Retail"));
                em.persist(new LineOfBusiness("wholesale", "Wholesale"));
                Role manager = new Role("manager", "Sales manager");
                manager.describe("manager", "Sales manager", "Sees and manages the whole team's records");
                manager.rights(List.of(PeoplePermissions.EMPLOYEE_READ, PeoplePermissions.GROUP_READ,
                        PeoplePermissions.ACCOUNT_READ, PeoplePermissions.ROLE_READ), Map.of(), Set.of());
                em.persist(manager);
                Role clerk = new Role("clerk", "Sales clerk");
                clerk.describe("clerk", "Sales clerk", "Works on their own records");
                clerk.rights(List.of(PeoplePermissions.EMPLOYEE_READ), Map.<String, Scope>of(), Set.of());
                em.persist(clerk);
            });
            accounts.create("maria", "Maria", "Manager", PASSWORDS.get("maria").toCharArray(), Set.of("manager"));
            accounts.create("carl", "Carl", "Clerk", PASSWORDS.get("carl").toCharArray(), Set.of("clerk"));
            accounts.create("nina", "Nina", "North", PASSWORDS.get("nina").toCharArray(), Set.of("clerk"));
            accounts.create("oskar", "Oskar", "South", PASSWORDS.get("oskar").toCharArray(), Set.of("clerk"));
            jpa.tx(TransactionType.Required, em -> {
                EmployeeGroup north = new EmployeeGroup("Sales North", GroupKind.TEAM);
                EmployeeGroup south = new EmployeeGroup("Sales South", GroupKind.TEAM);
                north.members(Set.of(employee(em, "maria"), employee(em, "carl"), employee(em, "nina")));
                south.members(Set.of(employee(em, "maria"), employee(em, "oskar")));
                em.persist(north);
                em.persist(south);
            });
            return null;
        });
        access.changed();
        LOG.info("Demo people added: accounts maria (manager), carl, nina, oskar (clerks); passwords in "
                + "docs/security.md");
    }

    private static Employee employee(javax.persistence.EntityManager em, String login) {
        return em.createQuery("SELECT a.employee FROM Account a WHERE a.login = :l", Employee.class)
                .setParameter("l", login).getSingleResult();
    }
}
