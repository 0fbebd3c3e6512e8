package org.cairncrm.tasks.ui.internal;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cairncrm.platform.api.access.Access;
import org.cairncrm.platform.api.error.ConflictException;
import org.cairncrm.platform.api.error.RecordNotFoundException;
import org.cairncrm.platform.api.error.ValidationException;
import org.cairncrm.platform.api.paging.Page;
import org.cairncrm.platform.api.paging.PageRequest;
import org.cairncrm.platform.people.EmployeeData;
import org.cairncrm.platform.people.EmployeeGroups;
import org.cairncrm.platform.people.Employees;
import org.cairncrm.platform.people.GroupData;
import org.cairncrm.tasks.AlertData;
import org.cairncrm.tasks.CommentData;
import org.cairncrm.tasks.DelegationData;
import org.cairncrm.tasks.Delegations;
import org.cairncrm.tasks.HoldData;
import org.cairncrm.tasks.ProcessData;
import org.cairncrm.tasks.TaskData;
import org.cairncrm.tasks.Tasks;
import org.cairncrm.tasks.TopicData;
import org.cairncrm.tasks.Topics;
import org.cairncrm.tasks.WorkloadRow;

/**
 * In-memory stand-ins of the services the tasks views use, keeping the rules the views show: a title and a topic
 * are required, an unassigned task can be asked for, a delegation goes to someone else.
 */
final class InMemoryTasks {

    final Map<Long, TaskData> rows = new LinkedHashMap<>();
    final Map<Long, TopicData> topicRows = new LinkedHashMap<>();
    final List<DelegationData> delegationRows = new ArrayList<>();
    final List<AlertData> alertRows = new ArrayList<>();
    final List<ProcessData> processRows = new ArrayList<>();
    final List<EmployeeData> people = List.of(employee(1, "Tess", "Tester"), employee(2, "Carl", "Clerk"),
            employee(3, "Nina", "North"));
    final List<GroupData> groupRows = List.of(new GroupData(7L, 0L, "Crew", null, null, List.of(1L, 2L), null));
    private long next = 10;

    private static EmployeeData employee(long id, String first, String last) {
        return new EmployeeData(id, 0L, first, last, null, null, null, null, null, null, null, true, null, null);
    }

    long topic(String name, long manager) {
        long id = next++;
        topicRows.put(id, new TopicData(id, 0L, name, null, manager, 3, true, null));
        return id;
    }

    long task(long topic, String title, Long assignee, Long group, LocalDate target) {
        long id = next++;
        rows.put(id, new TaskData(id, 0L, topic, title, null, "NORMAL", assignee == null ? "NEW" : "ASSIGNED",
                target, null, assignee, group, assignee, false, List.of(), null, false, null, null, null, null, null,
                null, null));
        return id;
    }

    private TaskData with(TaskData t, String status, Long assignee, Long holder, Long claim) {
        return new TaskData(t.id(), t.version() + 1, t.topicId(), t.title(), t.description(), t.priority(), status,
                t.targetDate(), t.targetTime(), assignee, t.assigneeGroupId(), holder, t.delegated(), t.watcherIds(),
                t.link(), t.needsApproval(), claim, t.recurrence(), t.seriesId(), t.processRunId(), t.processStep(),
                "DONE".equals(status) ? Instant.now() : null, t.audit());
    }

    final Tasks tasks = new Tasks() {
        @Override
        public Page<TaskData> list(PageRequest request) {
            List<TaskData> all = rows.values().stream().filter(t -> request.filters().stream().allMatch(f ->
                    switch (f.field()) {
                        case "topicId" -> f.value().equals(String.valueOf(t.topicId()));
                        case "link" -> f.value().equals(t.link());
                        default -> true;
                    })).toList();
            return new Page<>(all, all.size(), 0, request.size());
        }

        @Override
        public Page<TaskData> mine(Mine which, int days, PageRequest request) {
            long me = Access.signedIn().employeeId();
            LocalDate today = LocalDate.of(2026, 12, 2);
            List<TaskData> all = rows.values().stream()
                    .filter(t -> t.holderId() != null && t.holderId() == me || t.holderId() == null
                            && t.assigneeGroupId() != null && groupRows.stream().anyMatch(g -> g.id().equals(
                            t.assigneeGroupId()) && g.memberIds().contains(me)))
                    .filter(t -> switch (which) {
                        case OPEN -> t.open();
                        case UPCOMING -> t.open() && t.targetDate() != null && !t.targetDate().isAfter(
                                today.plusDays(days));
                        case OVERDUE -> t.overdueOn(today);
                        case ALL -> true;
                    })
                    .sorted(Comparator.comparing(TaskData::targetDate, Comparator.nullsLast(Comparator.naturalOrder())))
                    .toList();
            return new Page<>(all.stream().limit(request.size()).toList(), all.size(), 0, request.size());
        }

        @Override
        public Page<TaskData> claimable(PageRequest request) {
            List<TaskData> all = rows.values().stream().filter(t -> t.open() && t.assigneeId() == null
                    && t.assigneeGroupId() == null).toList();
            return new Page<>(all, all.size(), 0, request.size());
        }

        @Override
        public TaskData get(long id) {
            TaskData t = rows.get(id);
            if (t == null) {
                throw new RecordNotFoundException(TASK_TYPE, id);
            }
            return t;
        }

        @Override
        public TaskData create(TaskData data) {
            ValidationException.Collector errors = ValidationException.collect();
            errors.requireText(data.title(), "title", 200);
            errors.check(data.topicId() == null, "topicId", "is required");
            errors.throwIfAny();
            long id = task(data.topicId(), data.title(), data.assigneeId(), data.assigneeGroupId(),
                    data.targetDate());
            TaskData t = rows.get(id);
            rows.put(id, new TaskData(t.id(), t.version(), t.topicId(), t.title(), data.description(), t.priority(),
                    t.status(), t.targetDate(), data.targetTime(), t.assigneeId(), t.assigneeGroupId(), t.holderId(),
                    t.delegated(), t.watcherIds(), data.link(), data.needsApproval(), null, data.recurrence(), null,
                    null, null, null, null));
            return rows.get(id);
        }

        @Override
        public TaskData update(long id, TaskData data) {
            TaskData t = get(id);
            rows.put(id, with(t, data.status() == null ? t.status() : data.status(), data.assigneeId(),
                    data.assigneeId(), t.claimRequestedBy()));
            return rows.get(id);
        }

        @Override
        public TaskData requestClaim(long id) {
            TaskData t = get(id);
            rows.put(id, with(t, t.status(), null, null, Access.signedIn().employeeId()));
            return rows.get(id);
        }

        @Override
        public TaskData decideClaim(long id, boolean approve) {
            TaskData t = get(id);
            rows.put(id, approve ? with(t, "ASSIGNED", t.claimRequestedBy(), t.claimRequestedBy(), null)
                    : with(t, t.status(), null, null, null));
            return rows.get(id);
        }

        @Override
        public TaskData complete(long id) {
            TaskData t = get(id);
            if (!t.open()) {
                throw new ConflictException("done already");
            }
            rows.put(id, with(t, "DONE", t.assigneeId(), t.holderId(), null));
            return rows.get(id);
        }

        @Override
        public TaskData decideCompletion(long id, boolean approve) {
            return complete(id);
        }

        @Override
        public List<CommentData> comments(long taskId) {
            return List.of();
        }

        @Override
        public CommentData comment(long taskId, String text) {
            return new CommentData(1L, taskId, 1L, text, Instant.now());
        }

        @Override
        public List<HoldData> holds(long taskId) {
            return List.of();
        }

        @Override
        public List<AlertData> alerts(boolean unseenOnly) {
            return alertRows;
        }

        @Override
        public void seen(long alertId) {
            // not kept
        }

        @Override
        public List<WorkloadRow> workload(LocalDate from, LocalDate to) {
            return List.of(new WorkloadRow(2, 1, 0, 0));
        }
    };

    final Topics topics = new Topics() {
        @Override
        public Page<TopicData> list(PageRequest request) {
            return new Page<>(List.copyOf(topicRows.values()), topicRows.size(), 0, request.size());
        }

        @Override
        public TopicData get(long id) {
            return topicRows.get(id);
        }

        @Override
        public TopicData create(TopicData data) {
            ValidationException.collect().requireText(data.name(), "name", 200).throwIfAny();
            long id = topic(data.name(), data.managerId() == null ? 1 : data.managerId());
            return topicRows.get(id);
        }

        @Override
        public TopicData update(long id, TopicData data) {
            return data;
        }

        @Override
        public List<ProcessData> processes(Long topicId) {
            return processRows.stream().filter(p -> topicId == null || p.topicId().equals(topicId)).toList();
        }

        @Override
        public ProcessData createProcess(ProcessData data) {
            ValidationException.Collector errors = ValidationException.collect();
            errors.requireText(data.name(), "name", 200);
            for (int i = 0; i < data.steps().size(); i++) {
                errors.requireText(data.steps().get(i).title(), "steps[" + i + "].title", 200);
            }
            errors.throwIfAny();
            ProcessData made = new ProcessData(next++, data.name(), data.topicId(), data.steps());
            processRows.add(made);
            return made;
        }

        @Override
        public TaskData startProcess(long processId, LocalDate startsOn, String link) {
            ProcessData process = processRows.stream().filter(p -> p.id() == processId).findFirst().orElseThrow();
            ProcessData.Step first = process.steps().get(0);
            long id = task(process.topicId(), first.title(), first.assigneeId(), null, startsOn);
            TaskData t = rows.get(id);
            rows.put(id, new TaskData(t.id(), t.version(), t.topicId(), t.title(), t.description(), t.priority(),
                    t.status(), t.targetDate(), t.targetTime(), t.assigneeId(), t.assigneeGroupId(), t.holderId(),
                    t.delegated(), t.watcherIds(), link, t.needsApproval(), null, null, null, id, 0, null, null));
            return rows.get(id);
        }
    };

    final Delegations delegations = new Delegations() {
        @Override
        public List<DelegationData> list(boolean includeEnded) {
            return delegationRows;
        }

        @Override
        public DelegationData create(DelegationData data) {
            ValidationException.Collector errors = ValidationException.collect();
            errors.check(data.fromEmployeeId() == null, "fromEmployeeId", "is required");
            errors.check(data.toEmployeeId() == null, "toEmployeeId", "is required");
            errors.check(data.fromEmployeeId() != null && data.fromEmployeeId().equals(data.toEmployeeId()),
                    "toEmployeeId", "must be someone else");
            errors.throwIfAny();
            DelegationData made = new DelegationData(next++, data.fromEmployeeId(), data.toEmployeeId(),
                    data.taskId(), data.startsOn(), data.endsOn(), "ACTIVE", null);
            delegationRows.add(made);
            return made;
        }

        @Override
        public DelegationData end(long id) {
            throw new UnsupportedOperationException();
        }
    };

    final Employees employees = proxy(Employees.class, (method, args) -> switch (method) {
        case "get" -> people.stream().filter(e -> e.id().equals(args[0])).findFirst().orElseThrow(
                () -> new RecordNotFoundException("people.employee", (Long) args[0]));
        case "list" -> new Page<>(people, people.size(), 0, 500);
        default -> throw new UnsupportedOperationException(method);
    });

    final EmployeeGroups groups = proxy(EmployeeGroups.class, (method, args) -> switch (method) {
        case "list" -> new Page<>(groupRows, groupRows.size(), 0, 500);
        default -> throw new UnsupportedOperationException(method);
    });

    interface Answer {
        Object answer(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Answer answer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> switch (method.getName()) {
                    case "toString" -> "in-memory " + type.getSimpleName();
                    case "hashCode" -> System.identityHashCode(self);
                    case "equals" -> self == args[0];
                    default -> answer.answer(method.getName(), args);
                });
    }
}
