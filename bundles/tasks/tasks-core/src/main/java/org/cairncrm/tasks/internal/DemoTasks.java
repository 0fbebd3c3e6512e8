package org.cairncrm.tasks.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cairncrm.tasks.ProcessData;
import org.cairncrm.tasks.TaskData;
import org.cairncrm.tasks.Tasks;
import org.cairncrm.tasks.TopicData;
import org.cairncrm.tasks.Topics;
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
 * The demo server's tasks (with {@code etc/org.cairncrm.demo.cfg} enabled): the demo roles get the tasks keys (the
 * manager every task and the management, a clerk the tasks they hold) and a topic with a recurring task, a late one,
 * one to ask for and a process template, once.
 */
@Component(configurationPid = "org.cairncrm.demo", configurationPolicy = ConfigurationPolicy.REQUIRE)
public class DemoTasks {

    private static final Logger LOG = LoggerFactory.getLogger(DemoTasks.class);

    private final Tasks tasks;
    private final Topics topics;
    private final Roles roles;
    private final Accounts accounts;
    private final Thread worker;

    @Activate
    public DemoTasks(Map<String, Object> config, @Reference Tasks tasks, @Reference Topics topics,
                     @Reference Roles roles, @Reference Accounts accounts, @Reference StartupWork startup) {
        this.tasks = tasks;
        this.topics = topics;
        this.roles = roles;
        this.accounts = accounts;
        boolean enabled = "true".equals(String.valueOf(config.get("enabled")).strip());
        // the demo people come from another module, which may start later
        // until the demo data is in, the module says STARTING in /api/health: run.sh waits for UP
        worker = !enabled ? null : startup.inBackground("tasks", "adding demo data",
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
        for (int i = 0; i < 240 && (role("clerk").isEmpty() || employee("carl") == null); i++) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException stopped) {
                return;
            }
        }
        Long maria = employee("maria");
        Long carl = employee("carl");
        Long nina = employee("nina");
        if (maria == null || carl == null || nina == null) {
            LOG.warn("Demo tasks not added: the demo people did not appear");
            return;
        }
        if (topics.list(new PageRequest(0, 1, List.of(), List.of(), Optional.empty())).total() > 0) {
            return;
        }
        List<String> work = List.of(Tasks.READ, Tasks.CREATE, Tasks.UPDATE);
        List<String> manage = new java.util.ArrayList<>(work);
        manage.add(Tasks.MANAGE);
        roles.extend("manager", manage, Map.of(Tasks.TASK_TYPE, Scope.TEAM));
        roles.extend("clerk", work, Map.of(Tasks.TASK_TYPE, Scope.OWN));
        Access.runAs(new DemoIdentity(maria), () -> {
            LocalDate today = LocalDate.now();
            TopicData production = topics.create(new TopicData(null, null, "Production",
                    "Keeping the workshop supplied", maria, 3, true, null));
            tasks.create(new TaskData(null, null, production.id(), "Weekly stock check", null, "NORMAL", null,
                    today.plusDays(8 - today.getDayOfWeek().getValue()), java.time.LocalTime.of(9, 0), carl, null,
                    null, null, null, null, false, null, "FREQ=WEEKLY;BYDAY=MO", null, null, null, null, null));
            tasks.create(new TaskData(null, null, production.id(), "Order packaging", null, "HIGH", null,
                    today.minusDays(1), null, carl, null, null, null, List.of(maria), null, false, null, null, null,
                    null, null, null, null));
            tasks.create(TaskData.of(production.id(), "Update the price list", null, today.plusDays(5)));
            TopicData recruitment = topics.create(new TopicData(null, null, "Recruitment", "Hiring for the sales "
                    + "team", maria, 3, true, null));
            topics.createProcess(new ProcessData(null, "New employee", recruitment.id(), List.of(
                    new ProcessData.Step("Prepare a desk and a computer", null, nina, 2, false),
                    new ProcessData.Step("Create the accounts", null, carl, 1, false),
                    new ProcessData.Step("Welcome talk", null, maria, 0, false))));
            return null;
        });
        LOG.info("Added the demo tasks: 2 topics, 3 tasks, a process");
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
