package org.cairncrm.tasks.ui.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cairncrm.console.Translations;
import org.cairncrm.platform.api.paging.PageRequest;
import org.cairncrm.platform.people.EmployeeData;
import org.cairncrm.platform.people.EmployeeGroups;
import org.cairncrm.platform.people.Employees;
import org.cairncrm.platform.people.GroupData;
import org.cairncrm.tasks.Delegations;
import org.cairncrm.tasks.Tasks;
import org.cairncrm.tasks.TopicData;
import org.cairncrm.tasks.Topics;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The tasks services for the views, which Vaadin creates without OSGi: the running component puts itself here and
 * the views read it.
 */
@Component(immediate = true, service = TasksConsole.class)
public class TasksConsole {

    static final Translations TEXTS = new Translations("tasks/texts", TasksConsole.class);
    static final List<String> STATUSES = List.of("NEW", "ASSIGNED", "IN_PROGRESS", "WAITING", "APPROVAL", "DONE",
            "CANCELLED");
    static final List<String> PRIORITIES = List.of("LOW", "NORMAL", "HIGH", "URGENT");

    private static volatile TasksConsole current;

    final Tasks tasks;
    final Topics topics;
    final Delegations delegations;
    final Employees employees;
    final EmployeeGroups groups;
    /** today, as the server's clock sees it; tests move it */
    volatile java.time.Clock clock = java.time.Clock.systemDefaultZone();

    @Activate
    public TasksConsole(@Reference Tasks tasks, @Reference Topics topics, @Reference Delegations delegations,
                        @Reference Employees employees, @Reference EmployeeGroups groups) {
        this.tasks = tasks;
        this.topics = topics;
        this.delegations = delegations;
        this.employees = employees;
        this.groups = groups;
        current = this;
    }

    @Deactivate
    void deactivate() {
        if (current == this) {
            current = null;
        }
    }

    static TasksConsole get() {
        TasksConsole services = current;
        if (services == null) {
            throw new IllegalStateException("The tasks module is not running");
        }
        return services;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.systemDefault()));
    }

    static PageRequest all() {
        return new PageRequest(0, PageRequest.MAX_SIZE, List.of(), List.of(), Optional.empty());
    }

    List<EmployeeData> staff() {
        return employees.list(all()).items();
    }

    List<GroupData> teams() {
        return groups.list(all()).items();
    }

    /** Topic names by id. */
    Map<Long, String> topicNames() {
        Map<Long, String> names = new LinkedHashMap<>();
        for (TopicData t : topics.list(all()).items()) {
            names.put(t.id(), t.name());
        }
        return names;
    }

    String employee(Long id) {
        if (id == null) {
            return "";
        }
        try {
            EmployeeData e = employees.get(id);
            return e.fullName();
        } catch (RuntimeException unknown) {
            return "#" + id;
        }
    }

    static String name(EmployeeData e) {
        return e.fullName();
    }
}
