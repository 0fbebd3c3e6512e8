package org.cairncrm.tasks.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.cairncrm.platform.api.EventTopics;
import org.cairncrm.platform.api.RecordEvents;
import org.cairncrm.platform.api.RecordRef;
import org.cairncrm.platform.api.access.Access;
import org.cairncrm.platform.api.error.ConflictException;
import org.cairncrm.platform.api.error.RecordNotFoundException;
import org.cairncrm.platform.api.error.ValidationException;
import org.cairncrm.platform.persistence.ModuleSchema;
import org.cairncrm.tasks.DelegationData;
import org.cairncrm.tasks.Delegations;
import org.cairncrm.tasks.Tasks;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Delegations: a period's starts and ends are carried out by {@link Duties} as days pass; one starting today takes
 * effect when made, one ended by hand at once.
 */
@Component(service = {Delegations.class, DelegationStore.class})
public class DelegationStore implements Delegations {

    private final JpaTemplate jpa;
    private final RecordEvents events;
    private final TaskStore tasks;

    @Activate
    public DelegationStore(@Reference(target = "(osgi.unit.name=cairn.tasks)") JpaTemplate jpa,
                           @Reference(target = "(cairn.module=tasks)") ModuleSchema schema,
                           @Reference RecordEvents events, @Reference TaskStore tasks) {
        this.jpa = jpa;
        this.events = events;
        this.tasks = tasks;
    }

    @Override
    public List<DelegationData> list(boolean includeEnded) {
        Access.require(Tasks.MANAGE);
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select d from Delegation d"
                        + (includeEnded ? "" : " where d.state in ('PLANNED', 'ACTIVE')") + " order by d.id desc",
                Delegation.class).getResultList().stream().map(Delegation::toData).toList());
    }

    @Override
    public DelegationData create(DelegationData data) {
        Access.require(Tasks.MANAGE);
        if (data == null) {
            throw ValidationException.of("delegation", "is required");
        }
        LocalDate today = tasks.today();
        LocalDate starts = data.startsOn() == null ? today : data.startsOn();
        ValidationException.Collector errors = ValidationException.collect();
        errors.check(data.fromEmployeeId() == null, "fromEmployeeId", "is required");
        errors.check(data.toEmployeeId() == null, "toEmployeeId", "is required");
        errors.check(data.fromEmployeeId() != null && data.fromEmployeeId().equals(data.toEmployeeId()),
                "toEmployeeId", "must be someone else");
        errors.check(data.endsOn() != null && data.endsOn().isBefore(starts), "endsOn", "is before startsOn");
        errors.check(data.endsOn() != null && data.endsOn().isBefore(today), "endsOn", "is in the past");
        errors.throwIfAny();
        return jpa.txExpr(TransactionType.Required, em -> {
            if (data.taskId() != null) {
                Task task = em.find(Task.class, data.taskId());
                if (task == null || !task.open() || task.assigneeId() == null
                        || task.assigneeId().longValue() != data.fromEmployeeId()) {
                    throw ValidationException.of("taskId", "is no open task assigned to the employee");
                }
            }
            Delegation d = new Delegation(data.fromEmployeeId(), data.toEmployeeId(), data.taskId(), starts,
                    data.endsOn());
            em.persist(d);
            em.flush();
            if (!starts.isAfter(today)) {
                start(em, d, Instant.now());
            }
            return d.toData();
        });
    }

    @Override
    public DelegationData end(long id) {
        Access.require(Tasks.MANAGE);
        return jpa.txExpr(TransactionType.Required, em -> {
            Delegation d = em.find(Delegation.class, id);
            if (d == null) {
                throw new RecordNotFoundException("tasks.delegation", id);
            }
            switch (d.state()) {
                case "PLANNED" -> d.state("ENDED");
                case "ACTIVE" -> finish(em, d, Instant.now());
                default -> throw new ConflictException("The delegation has ended already or was for good");
            }
            return d.toData();
        });
    }

    /** Hands the covered tasks to the delegate; one for good makes them the assignee. */
    void start(EntityManager em, Delegation d, Instant now) {
        List<Task> covered = d.taskId() != null ? List.of(em.find(Task.class, d.taskId()))
                : em.createQuery("select t from Task t where t.assigneeId = :who "
                        + "and t.status not in ('DONE', 'CANCELLED')", Task.class)
                .setParameter("who", d.from()).getResultList();
        boolean permanent = d.endsOn() == null;
        d.state(permanent ? "PERMANENT" : "ACTIVE");
        for (Task task : covered) {
            if (!task.open()) {
                continue;
            }
            if (permanent) {
                task.assignee(d.to());
                Holding.holdBy(em, task, d.to(), d.getId(), now);
                task.hold(d.to(), null, Holding.manager(em, task));
            } else {
                Holding.holdBy(em, task, d.to(), d.getId(), now);
            }
            changed(task);
        }
        em.flush();
    }

    /** Gives the delegated tasks back to their assignees. */
    void finish(EntityManager em, Delegation d, Instant now) {
        d.state("ENDED");
        for (Task task : em.createQuery("select t from Task t where t.delegationId = :d", Task.class)
                .setParameter("d", d.getId()).getResultList()) {
            if (task.open()) {
                Holding.holdByAssignee(em, task, now);
            } else {
                task.hold(task.holderId(), null, Holding.manager(em, task));
            }
            changed(task);
        }
        em.flush();
    }

    private void changed(Task task) {
        events.changed(new RecordRef(Tasks.TASK_TYPE, task.getId()), "Task", EventTopics.Change.UPDATED);
    }
}
