package org.cairncrm.tasks.internal;

import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.cairncrm.tasks.AlertData;

/** An escalation; the table's unique key (task, kind, deadline) makes each one once, on any node, after restarts. */
@Entity
@Table(name = "tasks_alert")
public class TaskAlert {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;
    @Column(name = "task_id", nullable = false)
    private long taskId;
    @Column(name = "task_title", nullable = false, length = 200)
    private String taskTitle;
    @Column(name = "manager_id", nullable = false)
    private long managerId;
    @Column(name = "kind", nullable = false, length = 10)
    private String kind;
    @Column(name = "deadline", nullable = false)
    private LocalDate deadline;
    @Column(name = "raised_at", nullable = false)
    private Instant at;
    @Column(name = "seen", nullable = false)
    private boolean seen;

    TaskAlert() {
    }

    TaskAlert(long taskId, String title, long managerId, String kind, LocalDate deadline, Instant at) {
        this.taskId = taskId;
        this.taskTitle = title;
        this.managerId = managerId;
        this.kind = kind;
        this.deadline = deadline;
        this.at = at;
    }

    long managerId() {
        return managerId;
    }

    void seen() {
        seen = true;
    }

    AlertData toData() {
        return new AlertData(id, taskId, taskTitle, managerId, kind, deadline, at, seen);
    }
}
