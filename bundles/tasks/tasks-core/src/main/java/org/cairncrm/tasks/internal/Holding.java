package org.cairncrm.tasks.internal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import javax.persistence.EntityManager;

/** Who holds a task: its assignee, or the delegate of a delegation that covers the assignee now. */
final class Holding {

    private Holding() {
    }

    /** Hands the task to {@code employee} (none: nobody holds it) and records the hold. */
    static void holdBy(EntityManager em, Task task, Long employee, Long delegationId, Instant now) {
        if (Objects.equals(task.holderId(), employee) && Objects.equals(task.delegationId(), delegationId)) {
            return;
        }
        em.createQuery("update TaskHold h set h.to = :now where h.taskId = :task and h.to is null")
                .setParameter("now", now).setParameter("task", task.getId()).executeUpdate();
        if (employee != null) {
            em.persist(new TaskHold(task.getId(), employee, now, delegationId));
        }
        task.hold(employee, delegationId, manager(em, task));
    }

    /** Ends the current hold of a finished task; who held it last stays its holder, for the record. */
    static void release(EntityManager em, Task task, Instant now) {
        em.createQuery("update TaskHold h set h.to = :now where h.taskId = :task and h.to is null")
                .setParameter("now", now).setParameter("task", task.getId()).executeUpdate();
    }

    /** Hands the task to its assignee, or to the delegate covering them now. */
    static void holdByAssignee(EntityManager em, Task task, Instant now) {
        if (task.assigneeId() == null) {
            holdBy(em, task, null, null, now);
            return;
        }
        List<Delegation> covering = em.createQuery("select d from Delegation d where d.fromEmployee = :who "
                        + "and d.state = 'ACTIVE' and (d.taskId is null or d.taskId = :task) order by d.id desc",
                Delegation.class).setParameter("who", task.assigneeId()).setParameter("task", task.getId())
                .getResultList();
        Delegation d = covering.stream().filter(x -> x.taskId() != null).findFirst()
                .orElse(covering.isEmpty() ? null : covering.get(0));
        if (d == null) {
            holdBy(em, task, task.assigneeId(), null, now);
        } else {
            holdBy(em, task, d.to(), d.getId(), now);
        }
    }

    static long manager(EntityManager em, Task task) {
        TaskTopic topic = em.find(TaskTopic.class, task.topicId());
        return topic == null ? 0 : topic.managerId();
    }
}
