package org.cairncrm.tasks.internal;

import java.util.List;

import org.cairncrm.platform.api.access.Permission;
import org.cairncrm.platform.api.access.PermissionContribution;
import org.cairncrm.platform.api.access.ScopedType;
import org.cairncrm.tasks.Tasks;
import org.osgi.service.component.annotations.Component;

/** The keys of the tasks module; tasks are limited by data scope on who holds them. */
@Component
public class TaskPermissions implements PermissionContribution {

    @Override
    public String module() {
        return "tasks";
    }

    @Override
    public List<Permission> permissions() {
        return List.of(
                new Permission(Tasks.READ, "See tasks and topics, ask for unassigned tasks, comment, complete one's "
                        + "own", "GET /api/tasks/tasks"),
                new Permission(Tasks.CREATE, "Create tasks and start processes", "POST /api/tasks/tasks"),
                new Permission(Tasks.UPDATE, "Change tasks one may see", "PUT /api/tasks/tasks/{id}"),
                new Permission(Tasks.MANAGE, "Manage topics, processes, delegations and approvals; see workload",
                        "POST /api/tasks/topics"));
    }

    @Override
    public List<ScopedType> scopedTypes() {
        return List.of(new ScopedType(Tasks.TASK_TYPE, "Tasks (by who holds them)"));
    }
}
