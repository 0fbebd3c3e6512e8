package org.cairncrm.tasks.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.cairncrm.platform.api.EventTopics;
import org.cairncrm.platform.api.RecordEvents;
import org.cairncrm.platform.api.RecordRef;
import org.cairncrm.platform.api.access.Access;
import org.cairncrm.platform.api.access.Identity;
import org.cairncrm.platform.api.error.ConflictException;
import org.cairncrm.platform.api.error.ForbiddenException;
import org.cairncrm.platform.api.error.RecordNotFoundException;
import org.cairncrm.platform.api.error.ValidationException;
import org.cairncrm.platform.api.paging.Filter;
import org.cairncrm.platform.api.paging.Page;
import org.cairncrm.platform.api.paging.PageRequest;
import org.cairncrm.platform.api.paging.Sort;
import org.cairncrm.platform.people.EmployeeGroups;
import org.cairncrm.platform.persistence.JpaList;
import org.cairncrm.platform.persistence.ModuleSchema;
import org.cairncrm.tasks.AlertData;
import org.cairncrm.tasks.CommentData;
import org.cairncrm.tasks.HoldData;
import org.cairncrm.platform.api.calendar.Recurrence;
import org.cairncrm.tasks.TaskData;
import org.cairncrm.tasks.Tasks;
import org.cairncrm.tasks.WorkloadRow;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Tasks: their rules of assignment, claiming, completion, recurrence and process steps. */
@Component(service = {Tasks.class, TaskStore.class})
public class TaskStore implements Tasks {

    static final List<String> PRIORITIES = List.of("LOW", "NORMAL", "HIGH", "URGENT");
    /** the statuses an update may set; DONE and APPROVAL come by completing */
    static final List<String> SETTABLE = List.of("NEW", "ASSIGNED", "IN_PROGRESS", "WAITING", "CANCELLED");
    static final List<String> CLOSED = List.of("DONE", "CANCELLED");

    private static final JpaList<Task> LIST = JpaList.of(Task.class)
            .fields("topicId", "status", "priority", "targetDate", "assigneeId", "assigneeGroupId", "holderId",
                    "completedAt", "title", "link")
            .quickSearch("title")
            .defaultSort(Sort.asc("targetDate"));

    private final JpaTemplate jpa;
    private final RecordEvents events;
    private final EmployeeGroups groups;
    private final Clock clock = Clock.systemDefaultZone();

    @Activate
    public TaskStore(@Reference(target = "(osgi.unit.name=cairn.tasks)") JpaTemplate jpa,
                     @Reference(target = "(cairn.module=tasks)") ModuleSchema schema,
                     @Reference RecordEvents events, @Reference EmployeeGroups groups) {
        this.jpa = jpa;
        this.events = events;
        this.groups = groups;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    public Page<TaskData> list(PageRequest request) {
        Access.require(READ);
        var scope = Access.scope(TASK_TYPE);
        return jpa.txExpr(TransactionType.Supports, em -> LIST.fetch(em, request, scope).map(Task::toData));
    }

    @Override
    public Page<TaskData> mine(Mine which, int days, PageRequest request) {
        Identity me = Access.require(READ);
        if (days < 0 || days > 366) {
            throw ValidationException.of("days", "must be 0 to 366");
        }
        Set<Long> myGroups = groupsOf(me.employeeId());
        StringBuilder where = new StringBuilder("(t.holderId = :me or (t.holderId is null and t.assigneeGroupId in "
                + ":groups))");
        LocalDate today = today();
        switch (which == null ? Mine.OPEN : which) {
            case OPEN -> where.append(" and t.status not in ('DONE', 'CANCELLED')");
            case UPCOMING -> where.append(" and t.status not in ('DONE', 'CANCELLED') and t.targetDate <= :until");
            case OVERDUE -> where.append(" and t.status not in ('DONE', 'CANCELLED') and t.targetDate < :today");
            case ALL -> { }
        }
        Map<String, Object> params = new java.util.HashMap<>();
        for (Filter f : request.filters()) {
            switch (f.field()) {
                case "topicId" -> {
                    where.append(" and t.topicId = :topic");
                    params.put("topic", number(f.value(), "filter"));
                }
                case "priority" -> {
                    where.append(" and t.priority = :priority");
                    params.put("priority", f.value() == null ? "" : f.value().toUpperCase(Locale.ROOT));
                }
                case "status" -> {
                    where.append(" and t.status = :status");
                    params.put("status", f.value() == null ? "" : f.value().toUpperCase(Locale.ROOT));
                }
                default -> throw ValidationException.of("filter", "my list filters by topicId, priority, status");
            }
        }
        request.query().filter(q -> !q.isBlank()).ifPresent(q -> {
            where.append(" and lower(t.title) like :q");
            params.put("q", "%" + q.strip().toLowerCase(Locale.ROOT) + "%");
        });
        String jpql = " from Task t where " + where;
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<Task> rows = em.createQuery("select t" + jpql + " order by t.targetDate, t.id", Task.class);
            TypedQuery<Long> count = em.createQuery("select count(t)" + jpql, Long.class);
            for (TypedQuery<?> q : List.of(rows, count)) {
                q.setParameter("me", me.employeeId());
                q.setParameter("groups", myGroups.isEmpty() ? List.of(-1L) : new ArrayList<>(myGroups));
                if (jpql.contains(":until")) {
                    q.setParameter("until", today.plusDays(days));
                }
                if (jpql.contains(":today")) {
                    q.setParameter("today", today);
                }
                params.forEach(q::setParameter);
            }
            List<TaskData> items = rows.setFirstResult(request.page() * request.size()).setMaxResults(request.size())
                    .getResultList().stream().map(Task::toData).toList();
            return new Page<>(items, count.getSingleResult(), request.page(), request.size());
        });
    }

    @Override
    public Page<TaskData> claimable(PageRequest request) {
        Access.require(READ);
        String jpql = " from Task t where t.assigneeId is null and t.assigneeGroupId is null "
                + "and t.status not in ('DONE', 'CANCELLED')";
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<TaskData> items = em.createQuery("select t" + jpql + " order by t.targetDate, t.id", Task.class)
                    .setFirstResult(request.page() * request.size()).setMaxResults(request.size()).getResultList()
                    .stream().map(Task::toData).toList();
            long total = em.createQuery("select count(t)" + jpql, Long.class).getSingleResult();
            return new Page<>(items, total, request.page(), request.size());
        });
    }

    @Override
    public TaskData get(long id) {
        Identity me = Access.require(READ);
        return jpa.txExpr(TransactionType.Supports, em -> find(em, id, me).toData());
    }

    @Override
    public TaskData create(TaskData data) {
        Access.require(CREATE);
        return jpa.txExpr(TransactionType.Required, em -> {
            TaskData clean = checked(em, data, null);
            Task task = insert(em, clean, clock.instant());
            if (task.recurrence() != null) {
                task.series(task.getId(), task.targetDate(), 1);
            }
            return task.toData();
        });
    }

    /** Stores a new, checked task, hands it to its holder and posts its creation. */
    Task insert(EntityManager em, TaskData clean, Instant now) {
        Task task = new Task();
        task.apply(clean);
        task.assignee(clean.assigneeId());
        task.status(clean.status() != null ? clean.status() : clean.assigneeId() != null ? "ASSIGNED" : "NEW");
        task.hold(null, null, managerOf(em, clean.topicId()));
        em.persist(task);
        em.flush();
        Holding.holdByAssignee(em, task, now);
        em.flush();
        events.changed(new RecordRef(TASK_TYPE, task.getId()), "Task", EventTopics.Change.CREATED);
        return task;
    }

    @Override
    public TaskData update(long id, TaskData data) {
        Identity me = Access.require(UPDATE);
        ValidationException.requireVersion(data == null ? null : data.version());
        return jpa.txExpr(TransactionType.Required, em -> {
            Task task = find(em, id, me);
            if (task.getVersion() != data.version()) {
                throw ConflictException.staleVersion(TASK_TYPE, id, data.version(), task.getVersion());
            }
            TaskData clean = checked(em, data, task);
            Long before = task.assigneeId();
            task.apply(clean);
            if (clean.status() != null) {
                task.status(clean.status());
            }
            if (!java.util.Objects.equals(before, clean.assigneeId())) {
                task.assignee(clean.assigneeId());
                task.claimRequestedBy(null);
                if (clean.assigneeId() != null && "NEW".equals(task.status())) {
                    task.status("ASSIGNED");
                }
                Holding.holdByAssignee(em, task, clock.instant());
            }
            if ("CANCELLED".equals(task.status())) {
                Holding.release(em, task, clock.instant());
            }
            em.flush();
            events.changed(new RecordRef(TASK_TYPE, id), "Task", EventTopics.Change.UPDATED);
            return task.toData();
        });
    }

    @Override
    public TaskData requestClaim(long id) {
        Identity me = Access.require(READ);
        return jpa.txExpr(TransactionType.Required, em -> {
            Task task = find(em, id, me);
            if (!task.open() || task.assigneeId() != null || task.assigneeGroupId() != null) {
                throw new ConflictException("The task is assigned already or finished: it cannot be claimed");
            }
            if (task.claimRequestedBy() != null && task.claimRequestedBy() != me.employeeId()) {
                throw new ConflictException("Someone else asked for this task first; its manager decides");
            }
            task.claimRequestedBy(me.employeeId());
            em.flush();
            events.changed(new RecordRef(TASK_TYPE, id), "Task", EventTopics.Change.UPDATED);
            return task.toData();
        });
    }

    @Override
    public TaskData decideClaim(long id, boolean approve) {
        Identity me = Access.require(READ);
        return jpa.txExpr(TransactionType.Required, em -> {
            Task task = find(em, id, me);
            requireManager(em, task, me);
            if (task.claimRequestedBy() == null) {
                throw new ConflictException("Nobody asked for this task");
            }
            if (approve) {
                task.assignee(task.claimRequestedBy());
                task.status("ASSIGNED");
                Holding.holdByAssignee(em, task, clock.instant());
            }
            task.claimRequestedBy(null);
            em.flush();
            events.changed(new RecordRef(TASK_TYPE, id), "Task", EventTopics.Change.UPDATED);
            return task.toData();
        });
    }

    @Override
    public TaskData complete(long id) {
        Identity me = Access.require(READ);
        return jpa.txExpr(TransactionType.Required, em -> {
            Task task = find(em, id, me);
            boolean doer = isDoer(task, me);
            if (!doer && !me.has(UPDATE) && !isManager(em, task, me)) {
                throw new ForbiddenException("Only who holds the task, its group or its manager completes it");
            }
            if (!task.open() || "APPROVAL".equals(task.status())) {
                throw new ConflictException("The task is " + task.status().toLowerCase(Locale.ROOT) + " already");
            }
            if (task.needsApproval() && !isManager(em, task, me)) {
                task.status("APPROVAL");
            } else {
                finish(em, task);
            }
            em.flush();
            events.changed(new RecordRef(TASK_TYPE, id), "Task", EventTopics.Change.UPDATED);
            return task.toData();
        });
    }

    @Override
    public TaskData decideCompletion(long id, boolean approve) {
        Identity me = Access.require(READ);
        return jpa.txExpr(TransactionType.Required, em -> {
            Task task = find(em, id, me);
            requireManager(em, task, me);
            if (!"APPROVAL".equals(task.status())) {
                throw new ConflictException("The task is not waiting for approval");
            }
            if (approve) {
                finish(em, task);
            } else {
                task.status("IN_PROGRESS");
            }
            em.flush();
            events.changed(new RecordRef(TASK_TYPE, id), "Task", EventTopics.Change.UPDATED);
            return task.toData();
        });
    }

    /** Done: the next of its series or process is made. */
    private void finish(EntityManager em, Task task) {
        Instant now = clock.instant();
        task.status("DONE");
        task.completedAt(now);
        Holding.release(em, task, now);
        if (task.recurrence() != null && task.targetDate() != null) {
            Recurrence rule = Recurrence.parse(task.recurrence(), "recurrence");
            LocalDate start = task.seriesStart() == null ? task.targetDate() : task.seriesStart();
            Optional<LocalDate> next = rule.after(start, task.targetDate(), Math.max(1, task.seriesDone()));
            if (next.isPresent()) {
                TaskData data = task.toData();
                Task made = insert(em, new TaskData(null, null, data.topicId(), data.title(), data.description(),
                        data.priority(), null, next.get(), data.targetTime(), data.assigneeId(),
                        data.assigneeGroupId(), null, null, data.watcherIds(), data.link(), data.needsApproval(), null,
                        data.recurrence(), null, null, null, null, null), now);
                made.series(task.seriesId() == null ? task.getId() : task.seriesId(), start,
                        Math.max(1, task.seriesDone()) + 1);
            }
        }
        if (task.processRunId() != null) {
            int nextStep = task.processStep() + 1;
            List<ProcessStep> steps = em.createQuery("select s from ProcessStep s where s.processId = :p "
                    + "and s.position = :n", ProcessStep.class).setParameter("p", task.processId())
                    .setParameter("n", nextStep).getResultList();
            if (!steps.isEmpty()) {
                // the run's next step is about the same record as the one before
                Task made = insert(em, stepTask(task.topicId(), steps.get(0), today(), task.link()), now);
                made.process(task.processId(), task.processRunId(), nextStep);
            }
        }
    }

    /** The task a process step makes, due its days after {@code from}. */
    static TaskData stepTask(long topicId, ProcessStep step, LocalDate from, String link) {
        var s = step.toData();
        return new TaskData(null, null, topicId, s.title(), s.description(), "NORMAL", null,
                from.plusDays(s.days() == null ? 0 : s.days()), null, s.assigneeId(), null, null, null, null, link,
                s.needsApproval(), null, null, null, null, null, null, null);
    }

    @Override
    public List<CommentData> comments(long taskId) {
        Identity me = Access.require(READ);
        return jpa.txExpr(TransactionType.Supports, em -> {
            find(em, taskId, me);
            return em.createQuery("select c from TaskComment c where c.taskId = :t order by c.at, c.id",
                    TaskComment.class).setParameter("t", taskId).getResultList().stream()
                    .map(TaskComment::toData).toList();
        });
    }

    @Override
    public CommentData comment(long taskId, String text) {
        Identity me = Access.require(READ);
        ValidationException.collect().requireText(text, "text", 4000).throwIfAny();
        return jpa.txExpr(TransactionType.Required, em -> {
            find(em, taskId, me);
            TaskComment c = new TaskComment(taskId, me.employeeId(), text.strip(), clock.instant());
            em.persist(c);
            em.flush();
            events.changed(new RecordRef(TASK_TYPE, taskId), "Task", EventTopics.Change.UPDATED);
            return c.toData();
        });
    }

    @Override
    public List<HoldData> holds(long taskId) {
        Identity me = Access.require(READ);
        return jpa.txExpr(TransactionType.Supports, em -> {
            find(em, taskId, me);
            return em.createQuery("select h from TaskHold h where h.taskId = :t order by h.from, h.id",
                    TaskHold.class).setParameter("t", taskId).getResultList().stream().map(TaskHold::toData)
                    .toList();
        });
    }

    @Override
    public List<AlertData> alerts(boolean unseenOnly) {
        Identity me = Access.require(READ);
        // Derby compares BOOLEAN columns with bound values only: a literal 'false' becomes an integer
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<TaskAlert> q = em.createQuery("select a from TaskAlert a where a.managerId = :me"
                    + (unseenOnly ? " and a.seen = :seen" : "") + " order by a.at desc, a.id desc", TaskAlert.class)
                    .setParameter("me", me.employeeId());
            if (unseenOnly) {
                q.setParameter("seen", Boolean.FALSE);
            }
            return q.setMaxResults(PageRequest.MAX_SIZE).getResultList().stream().map(TaskAlert::toData).toList();
        });
    }

    @Override
    public void seen(long alertId) {
        Identity me = Access.require(READ);
        jpa.tx(TransactionType.Required, em -> {
            TaskAlert alert = em.find(TaskAlert.class, alertId);
            if (alert == null || alert.managerId() != me.employeeId()) {
                throw new RecordNotFoundException("tasks.alert", alertId);
            }
            alert.seen();
        });
    }

    @Override
    public List<WorkloadRow> workload(LocalDate from, LocalDate to) {
        Access.require(MANAGE);
        if (from == null || to == null) {
            throw ValidationException.of(from == null ? "from" : "to", "is required");
        }
        if (to.isBefore(from)) {
            throw ValidationException.of("to", "is before from");
        }
        ZoneId zone = clock.getZone();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        LocalDate today = today();
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<Long, long[]> rows = new java.util.TreeMap<>();
            for (Object[] r : em.createQuery("select t.holderId, count(t) from Task t where t.holderId is not null "
                    + "and t.status not in ('DONE', 'CANCELLED') group by t.holderId", Object[].class)
                    .getResultList()) {
                rows.computeIfAbsent((Long) r[0], k -> new long[3])[0] = (Long) r[1];
            }
            for (Object[] r : em.createQuery("select t.holderId, count(t) from Task t where t.holderId is not null "
                    + "and t.status not in ('DONE', 'CANCELLED') and t.targetDate < :today group by t.holderId",
                    Object[].class).setParameter("today", today).getResultList()) {
                rows.computeIfAbsent((Long) r[0], k -> new long[3])[1] = (Long) r[1];
            }
            // a done task's holder is who held it last: who did it
            for (Object[] r : em.createQuery("select t.holderId, count(t) from Task t where t.holderId is not null "
                    + "and t.status = 'DONE' and t.completedAt >= :start and t.completedAt < :end group by t.holderId",
                    Object[].class)
                    .setParameter("start", start).setParameter("end", end).getResultList()) {
                rows.computeIfAbsent((Long) r[0], k -> new long[3])[2] = (Long) r[1];
            }
            return rows.entrySet().stream().map(e -> new WorkloadRow(e.getKey(), e.getValue()[0], e.getValue()[1],
                    e.getValue()[2])).toList();
        });
    }

    /** The task if the caller may see it: by data scope, or as its holder, assignee, group, watcher or manager. */
    Task find(EntityManager em, long id, Identity me) {
        Task task = em.find(Task.class, id);
        if (task == null || !visible(em, task, me)) {
            throw new RecordNotFoundException(TASK_TYPE, id);
        }
        return task;
    }

    private boolean visible(EntityManager em, Task task, Identity me) {
        long who = me.employeeId();
        return Access.scope(TASK_TYPE).permits(task.ownerId(), task.lineOfBusiness())
                || isDoer(task, me) || task.watcherIds().contains(who) || isManager(em, task, me)
                || task.open() && task.assigneeId() == null && task.assigneeGroupId() == null;
    }

    private boolean isDoer(Task task, Identity me) {
        long who = me.employeeId();
        return task.holderId() != null && task.holderId() == who
                || task.assigneeId() != null && task.assigneeId() == who
                || task.assigneeGroupId() != null && task.holderId() == null
                && groupsOf(who).contains(task.assigneeGroupId());
    }

    private static boolean isManager(EntityManager em, Task task, Identity me) {
        return Holding.manager(em, task) == me.employeeId();
    }

    private static void requireManager(EntityManager em, Task task, Identity me) {
        if (!isManager(em, task, me) && !me.has(MANAGE)) {
            throw new ForbiddenException("Only the topic's manager (or someone with " + MANAGE + ") decides this");
        }
    }

    private static long managerOf(EntityManager em, long topicId) {
        TaskTopic topic = em.find(TaskTopic.class, topicId);
        return topic == null ? 0 : topic.managerId();
    }

    Set<Long> groupsOf(long employee) {
        Set<Long> mine = new HashSet<>();
        groups.list(new PageRequest(0, PageRequest.MAX_SIZE, List.of(), List.of(), Optional.empty())).items()
                .forEach(g -> {
                    if (g.memberIds() != null && g.memberIds().contains(employee)) {
                        mine.add(g.id());
                    }
                });
        return mine;
    }

    /** The task with defaults and every field checked; throws the field errors. */
    private TaskData checked(EntityManager em, TaskData data, Task stored) {
        if (data == null) {
            throw ValidationException.of("task", "is required");
        }
        ValidationException.Collector errors = ValidationException.collect();
        errors.requireText(data.title(), "title", 200);
        errors.maxLength(data.description(), "description", 4000);
        Long topicId = data.topicId() == null && stored != null ? Long.valueOf(stored.topicId()) : data.topicId();
        errors.check(topicId == null, "topicId", "is required");
        if (topicId != null) {
            TaskTopic topic = em.find(TaskTopic.class, topicId);
            errors.check(topic == null, "topicId", "is no topic");
        }
        String priority = data.priority() == null || data.priority().isBlank() ? "NORMAL"
                : data.priority().strip().toUpperCase(Locale.ROOT);
        errors.check(!PRIORITIES.contains(priority), "priority", "must be one of " + PRIORITIES);
        String status = data.status() == null || data.status().isBlank() ? null
                : data.status().strip().toUpperCase(Locale.ROOT);
        errors.check(status != null && !SETTABLE.contains(status) && !(stored != null
                && status.equals(stored.status())), "status", "must be one of " + SETTABLE
                + " (DONE by completing the task)");
        errors.check(data.assigneeId() != null && data.assigneeGroupId() != null, "assigneeGroupId",
                "a task goes to an employee or to a group, not both");
        if (data.assigneeGroupId() != null) {
            try {
                groups.get(data.assigneeGroupId());
            } catch (RecordNotFoundException unknown) {
                errors.add("assigneeGroupId", "is no employee group");
            }
        }
        if (data.link() != null && !data.link().isBlank()) {
            try {
                RecordRef.parse(data.link().strip());
            } catch (IllegalArgumentException wrong) {
                errors.add("link", "must name a record as type:id, e.g. contacts.company:12");
            }
        }
        String rule = null;
        if (data.recurrence() != null && !data.recurrence().isBlank()) {
            try {
                rule = Recurrence.parse(data.recurrence(), "recurrence").text();
                errors.check(data.targetDate() == null, "targetDate", "a recurring task needs its first date");
            } catch (ValidationException wrong) {
                wrong.fieldErrors().forEach(e -> errors.add(e.field(), e.message()));
            }
        }
        errors.throwIfAny();
        return new TaskData(null, data.version(), topicId, data.title(), data.description(), priority, status,
                data.targetDate(), data.targetTime(), data.assigneeId(), data.assigneeGroupId(), null, null,
                data.watcherIds(), data.link(), data.needsApproval(), null, rule, null, null, null, null, null);
    }

    private static long number(String value, String field) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException | NullPointerException e) {
            throw ValidationException.of(field, "'" + value + "' is not a number");
        }
    }
}
