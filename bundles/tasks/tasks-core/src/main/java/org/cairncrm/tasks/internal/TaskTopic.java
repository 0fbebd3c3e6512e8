package org.cairncrm.tasks.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

import org.cairncrm.platform.persistence.AuditedEntity;
import org.cairncrm.platform.persistence.RecordType;
import org.cairncrm.tasks.TopicData;

/** A topic grouping tasks, with its manager. */
@Entity
@Table(name = "tasks_topic")
@RecordType(value = "tasks.topic", path = "topics")
public class TaskTopic extends AuditedEntity {

    static final int DEFAULT_UNCLAIMED_DAYS = 3;

    @Column(name = "name", nullable = false, length = 200)
    private String name;
    @Column(name = "description", length = 4000)
    private String description;
    @Column(name = "manager_id", nullable = false)
    private long managerId;
    @Column(name = "unclaimed_days", nullable = false)
    private int unclaimedDays;
    @Column(name = "active", nullable = false)
    private boolean active;

    void apply(TopicData data, long manager) {
        name = data.name().strip();
        description = data.description() == null || data.description().isBlank() ? null : data.description().strip();
        managerId = manager;
        unclaimedDays = data.unclaimedDays() == null ? DEFAULT_UNCLAIMED_DAYS : data.unclaimedDays();
        active = !Boolean.FALSE.equals(data.active());
    }

    long managerId() {
        return managerId;
    }

    int unclaimedDays() {
        return unclaimedDays;
    }

    String name() {
        return name;
    }

    TopicData toData() {
        return new TopicData(getId(), getVersion(), name, description, managerId, unclaimedDays, active, auditStamp());
    }
}
