package org.cairncrm.tasks.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

import org.cairncrm.platform.persistence.AuditedEntity;
import org.cairncrm.platform.persistence.RecordType;
import org.cairncrm.tasks.DelegationData;

/** A delegation of one task or all of an employee's tasks, for a period or for good. */
@Entity
@Table(name = "tasks_delegation")
@RecordType(value = "tasks.delegation", path = "delegations")
public class Delegation extends AuditedEntity {

    @Column(name = "from_employee", nullable = false)
    private long fromEmployee;
    @Column(name = "to_employee", nullable = false)
    private long toEmployee;
    @Column(name = "task_id")
    private Long taskId;
    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    @Column(name = "state", nullable = false, length = 10)
    private String state;

    Delegation() {
    }

    Delegation(long from, long to, Long taskId, LocalDate startsOn, LocalDate endsOn) {
        this.fromEmployee = from;
        this.toEmployee = to;
        this.taskId = taskId;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.state = "PLANNED";
    }

    long from() {
        return fromEmployee;
    }

    long to() {
        return toEmployee;
    }

    Long taskId() {
        return taskId;
    }

    LocalDate startsOn() {
        return startsOn;
    }

    LocalDate endsOn() {
        return endsOn;
    }

    String state() {
        return state;
    }

    void state(String state) {
        this.state = state;
    }

    DelegationData toData() {
        return new DelegationData(getId(), fromEmployee, toEmployee, taskId, startsOn, endsOn, state, auditStamp());
    }
}
