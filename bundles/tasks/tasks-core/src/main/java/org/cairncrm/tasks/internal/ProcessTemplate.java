package org.cairncrm.tasks.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

import org.cairncrm.platform.persistence.AuditedEntity;
import org.cairncrm.platform.persistence.RecordType;

/** A process template of a topic; its steps are rows of {@link ProcessStep}. */
@Entity
@Table(name = "tasks_process")
@RecordType(value = "tasks.process", path = "processes")
public class ProcessTemplate extends AuditedEntity {

    @Column(name = "name", nullable = false, length = 200)
    private String name;
    @Column(name = "topic_id", nullable = false)
    private long topicId;

    ProcessTemplate() {
    }

    ProcessTemplate(String name, long topicId) {
        this.name = name;
        this.topicId = topicId;
    }

    String name() {
        return name;
    }

    long topicId() {
        return topicId;
    }
}
