package org.cairncrm.tasks.internal;

import java.time.LocalDate;
import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.cairncrm.platform.api.EventTopics;
import org.cairncrm.platform.api.RecordEvents;
import org.cairncrm.platform.api.RecordRef;
import org.cairncrm.platform.api.access.Access;
import org.cairncrm.platform.api.access.Identity;
import org.cairncrm.platform.api.error.ConflictException;
import org.cairncrm.platform.api.error.RecordNotFoundException;
import org.cairncrm.platform.api.error.ValidationException;
import org.cairncrm.platform.api.paging.Page;
import org.cairncrm.platform.api.paging.PageRequest;
import org.cairncrm.platform.api.paging.Sort;
import org.cairncrm.platform.persistence.JpaList;
import org.cairncrm.platform.persistence.ModuleSchema;
import org.cairncrm.tasks.ProcessData;
import org.cairncrm.tasks.TaskData;
import org.cairncrm.tasks.Tasks;
import org.cairncrm.tasks.TopicData;
import org.cairncrm.tasks.Topics;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Topics and their process templates. */
@Component(service = Topics.class)
public class TopicStore implements Topics {

    private static final JpaList<TaskTopic> LIST = JpaList.of(TaskTopic.class)
            .fields("name", "managerId", "active")
            .quickSearch("name")
            .defaultSort(Sort.asc("name"));

    private final JpaTemplate jpa;
    private final RecordEvents events;
    private final TaskStore tasks;

    @Activate
    public TopicStore(@Reference(target = "(osgi.unit.name=cairn.tasks)") JpaTemplate jpa,
                      @Reference(target = "(cairn.module=tasks)") ModuleSchema schema,
                      @Reference RecordEvents events, @Reference TaskStore tasks) {
        this.jpa = jpa;
        this.events = events;
        this.tasks = tasks;
    }

    @Override
    public Page<TopicData> list(PageRequest request) {
        Access.require(Tasks.READ);
        return jpa.txExpr(TransactionType.Supports, em -> LIST.fetch(em, request).map(TaskTopic::toData));
    }

    @Override
    public TopicData get(long id) {
        Access.require(Tasks.READ);
        return jpa.txExpr(TransactionType.Supports, em -> find(em, id).toData());
    }

    @Override
    public TopicData create(TopicData data) {
        Identity me = Access.require(Tasks.MANAGE);
        check(data);
        return jpa.txExpr(TransactionType.Required, em -> {
            TaskTopic topic = new TaskTopic();
            topic.apply(data, data.managerId() == null ? me.employeeId() : data.managerId());
            em.persist(topic);
            em.flush();
            events.changed(new RecordRef("tasks.topic", topic.getId()), "Topic", EventTopics.Change.CREATED);
            return topic.toData();
        });
    }

    @Override
    public TopicData update(long id, TopicData data) {
        Access.require(Tasks.MANAGE);
        ValidationException.requireVersion(data == null ? null : data.version());
        check(data);
        return jpa.txExpr(TransactionType.Required, em -> {
            TaskTopic topic = find(em, id);
            if (topic.getVersion() != data.version()) {
                throw ConflictException.staleVersion("tasks.topic", id, data.version(), topic.getVersion());
            }
            topic.apply(data, data.managerId() == null ? topic.managerId() : data.managerId());
            em.flush();
            events.changed(new RecordRef("tasks.topic", id), "Topic", EventTopics.Change.UPDATED);
            return topic.toData();
        });
    }

    private static void check(TopicData data) {
        if (data == null) {
            throw ValidationException.of("topic", "is required");
        }
        ValidationException.collect()
                .requireText(data.name(), "name", 200)
                .maxLength(data.description(), "description", 4000)
                .check(data.unclaimedDays() != null && (data.unclaimedDays() < 1 || data.unclaimedDays() > 365),
                        "unclaimedDays", "must be 1 to 365")
                .throwIfAny();
    }

    @Override
    public List<ProcessData> processes(Long topicId) {
        Access.require(Tasks.READ);
        return jpa.txExpr(TransactionType.Supports, em -> {
            var query = em.createQuery("select p from ProcessTemplate p"
                    + (topicId == null ? "" : " where p.topicId = :t") + " order by p.name", ProcessTemplate.class);
            if (topicId != null) {
                query.setParameter("t", topicId);
            }
            return query.getResultList().stream().map(p -> toData(em, p)).toList();
        });
    }

    @Override
    public ProcessData createProcess(ProcessData data) {
        Access.require(Tasks.MANAGE);
        if (data == null) {
            throw ValidationException.of("process", "is required");
        }
        ValidationException.Collector errors = ValidationException.collect();
        errors.requireText(data.name(), "name", 200);
        errors.check(data.topicId() == null, "topicId", "is required");
        errors.check(data.steps().isEmpty(), "steps", "a process needs at least one step");
        for (int i = 0; i < data.steps().size(); i++) {
            ProcessData.Step s = data.steps().get(i);
            errors.requireText(s == null ? null : s.title(), "steps[" + i + "].title", 200);
            errors.check(s != null && s.days() != null && (s.days() < 0 || s.days() > 3650), "steps[" + i + "].days",
                    "must be 0 to 3650");
        }
        errors.throwIfAny();
        return jpa.txExpr(TransactionType.Required, em -> {
            find(em, data.topicId());
            ProcessTemplate process = new ProcessTemplate(data.name().strip(), data.topicId());
            em.persist(process);
            em.flush();
            for (int i = 0; i < data.steps().size(); i++) {
                em.persist(new ProcessStep(process.getId(), i, data.steps().get(i)));
            }
            em.flush();
            return toData(em, process);
        });
    }

    @Override
    public TaskData startProcess(long processId, LocalDate startsOn, String link) {
        Access.require(Tasks.CREATE);
        String about = link == null || link.isBlank() ? null : link.strip();
        if (about != null) {
            try {
                org.cairncrm.platform.api.RecordRef.parse(about);
            } catch (IllegalArgumentException wrong) {
                throw org.cairncrm.platform.api.error.ValidationException.of("link",
                        "must name a record as type:id, e.g. contacts.company:12");
            }
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            ProcessTemplate process = em.find(ProcessTemplate.class, processId);
            if (process == null) {
                throw new RecordNotFoundException("tasks.process", processId);
            }
            ProcessStep first = em.createQuery("select s from ProcessStep s where s.processId = :p "
                    + "and s.position = 0", ProcessStep.class).setParameter("p", processId).getSingleResult();
            Task task = tasks.insert(em, TaskStore.stepTask(process.topicId(), first,
                    startsOn == null ? tasks.today() : startsOn, about), java.time.Instant.now());
            task.process(processId, task.getId(), 0);
            em.flush();
            return task.toData();
        });
    }

    private static ProcessData toData(EntityManager em, ProcessTemplate p) {
        List<ProcessData.Step> steps = em.createQuery("select s from ProcessStep s where s.processId = :p "
                + "order by s.position", ProcessStep.class).setParameter("p", p.getId()).getResultList().stream()
                .map(ProcessStep::toData).toList();
        return new ProcessData(p.getId(), p.name(), p.topicId(), steps);
    }

    private static TaskTopic find(EntityManager em, long id) {
        TaskTopic topic = em.find(TaskTopic.class, id);
        if (topic == null) {
            throw new RecordNotFoundException("tasks.topic", id);
        }
        return topic;
    }
}
