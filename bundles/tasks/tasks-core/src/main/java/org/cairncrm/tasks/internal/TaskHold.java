package org.cairncrm.tasks.internal;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.cairncrm.tasks.HoldData;

/** A span of time one employee held a task. */
@Entity
@Table(name = "tasks_hold")
public class TaskHold {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;
    @Column(name = "task_id", nullable = false)
    private long taskId;
    @Column(name = "employee_id", nullable = false)
    private long employeeId;
    @Column(name = "held_from", nullable = false)
    private Instant from;
    @Column(name = "held_to")
    private Instant to;
    @Column(name = "delegation_id")
    private Long delegationId;

    TaskHold() {
    }

    TaskHold(long taskId, long employeeId, Instant from, Long delegationId) {
        this.taskId = taskId;
        this.employeeId = employeeId;
        this.from = from;
        this.delegationId = delegationId;
    }

    void end(Instant at) {
        to = at;
    }

    HoldData toData() {
        return new HoldData(taskId, employeeId, from, to, delegationId);
    }
}
