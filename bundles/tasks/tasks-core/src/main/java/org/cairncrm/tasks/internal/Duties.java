package org.cairncrm.tasks.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.cairncrm.platform.api.Caller;
import org.cairncrm.platform.api.EventTopics;
import org.cairncrm.platform.api.RecordEvents;
import org.cairncrm.platform.api.RecordRef;
import org.cairncrm.platform.persistence.ModuleSchema;
import org.cairncrm.tasks.TaskDuties;
import org.cairncrm.tasks.Tasks;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What falls due with time, run by Karaf's scheduler every minute: delegations starting and ending, and escalations
 * of late and unclaimed tasks to their topic's manager. Each escalation is a row whose unique key (task, kind,
 * deadline) lets it be made once: a second run, a restart or a second server finds it there.
 */
@Component(service = {TaskDuties.class, Runnable.class}, property = {
    "scheduler.name=cairn-tasks-duties", "scheduler.period:Long=60", "scheduler.concurrent:Boolean=false"})
public class Duties implements TaskDuties, Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(Duties.class);

    private final JpaTemplate jpa;
    private final RecordEvents events;
    private final DelegationStore delegations;
    private final ZoneId zone = ZoneId.systemDefault();

    @Activate
    public Duties(@Reference(target = "(osgi.unit.name=cairn.tasks)") JpaTemplate jpa,
                  @Reference(target = "(cairn.module=tasks)") ModuleSchema schema,
                  @Reference RecordEvents events, @Reference DelegationStore delegations) {
        this.jpa = jpa;
        this.events = events;
        this.delegations = delegations;
    }

    @Override
    public void run() {
        try {
            run(Instant.now());
        } catch (RuntimeException e) {
            LOG.warn("The tasks' scheduled duties failed; they run again in a minute", e);
        }
    }

    @Override
    public int run(Instant now) {
        return Caller.runAs(Caller.SYSTEM, () -> {
            LocalDate today = LocalDate.ofInstant(now, zone);
            delegationsDue(today, now);
            return escalate(today, now);
        });
    }

    private void delegationsDue(LocalDate today, Instant now) {
        jpa.tx(TransactionType.Required, em -> {
            for (Delegation d : em.createQuery("select d from Delegation d where d.state = 'ACTIVE' "
                    + "and d.endsOn < :today", Delegation.class).setParameter("today", today).getResultList()) {
                delegations.finish(em, d, now);
            }
            for (Delegation d : em.createQuery("select d from Delegation d where d.state = 'PLANNED' "
                    + "and d.startsOn <= :today", Delegation.class).setParameter("today", today).getResultList()) {
                if (d.endsOn() != null && d.endsOn().isBefore(today)) {
                    d.state("ENDED");
                } else {
                    delegations.start(em, d, now);
                }
            }
        });
    }

    /** One escalation per late or unclaimed task not escalated for its deadline yet; returns how many were made. */
    private int escalate(LocalDate today, Instant now) {
        List<Object[]> due = jpa.txExpr(TransactionType.Supports, em -> {
            List<Object[]> found = new java.util.ArrayList<>();
            for (Task t : em.createQuery("select t from Task t where t.status not in ('DONE', 'CANCELLED') "
                    + "and t.targetDate < :today and not exists (select a from TaskAlert a where a.taskId = t.id "
                    + "and a.kind = 'OVERDUE' and a.deadline = t.targetDate)", Task.class)
                    .setParameter("today", today).getResultList()) {
                found.add(new Object[] {t.getId(), t.title(), Holding.manager(em, t), "OVERDUE", t.targetDate()});
            }
            for (Task t : em.createQuery("select t from Task t where t.status not in ('DONE', 'CANCELLED') "
                    + "and t.assigneeId is null and t.assigneeGroupId is null", Task.class).getResultList()) {
                TaskTopic topic = em.find(TaskTopic.class, t.topicId());
                LocalDate deadline = LocalDate.ofInstant(t.auditStamp().createdAt(), zone)
                        .plusDays(topic == null ? TaskTopic.DEFAULT_UNCLAIMED_DAYS : topic.unclaimedDays());
                if (deadline.isBefore(today) && em.createQuery("select count(a) from TaskAlert a where "
                        + "a.taskId = :t and a.kind = 'UNCLAIMED' and a.deadline = :d", Long.class)
                        .setParameter("t", t.getId()).setParameter("d", deadline).getSingleResult() == 0) {
                    found.add(new Object[] {t.getId(), t.title(), Holding.manager(em, t), "UNCLAIMED", deadline});
                }
            }
            return found;
        });
        int made = 0;
        for (Object[] d : due) {
            try {
                jpa.tx(TransactionType.Required, em -> {
                    em.persist(new TaskAlert((Long) d[0], (String) d[1], (Long) d[2], (String) d[3],
                            (LocalDate) d[4], now));
                    em.flush();
                    Map<String, Object> properties = new HashMap<>();
                    properties.put(EventTopics.RECORD, new RecordRef(Tasks.TASK_TYPE, (Long) d[0]).toString());
                    properties.put(EventTopics.ID, d[0]);
                    properties.put("kind", d[3]);
                    properties.put("manager", d[2]);
                    properties.put("deadline", d[4].toString());
                    events.post(Tasks.ESCALATED_TOPIC, properties);
                });
                made++;
            } catch (RuntimeException taken) {
                // another server (or run) made this escalation meanwhile: the unique key refused the second
                LOG.debug("Escalation of task {} ({}) was made elsewhere", d[0], d[3]);
            }
        }
        return made;
    }
}
