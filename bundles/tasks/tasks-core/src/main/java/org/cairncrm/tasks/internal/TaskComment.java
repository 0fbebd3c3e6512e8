package org.cairncrm.tasks.internal;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.cairncrm.tasks.CommentData;

/** A comment on a task; written once. */
@Entity
@Table(name = "tasks_comment")
public class TaskComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;
    @Column(name = "task_id", nullable = false)
    private long taskId;
    @Column(name = "employee_id", nullable = false)
    private long employeeId;
    @Column(name = "body", nullable = false, length = 4000)
    private String text;
    @Column(name = "written_at", nullable = false)
    private Instant at;

    TaskComment() {
    }

    TaskComment(long taskId, long employeeId, String text, Instant at) {
        this.taskId = taskId;
        this.employeeId = employeeId;
        this.text = text;
        this.at = at;
    }

    CommentData toData() {
        return new CommentData(id, taskId, employeeId, text, at);
    }
}
