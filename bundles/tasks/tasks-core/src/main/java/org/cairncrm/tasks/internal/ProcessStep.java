package org.cairncrm.tasks.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.cairncrm.tasks.ProcessData;

/** One step of a process template, in its place. */
@Entity
@Table(name = "tasks_process_step")
public class ProcessStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;
    @Column(name = "process_id", nullable = false)
    private long processId;
    @Column(name = "position", nullable = false)
    private int position;
    @Column(name = "title", nullable = false, length = 200)
    private String title;
    @Column(name = "description", length = 4000)
    private String description;
    @Column(name = "assignee_id")
    private Long assigneeId;
    @Column(name = "days", nullable = false)
    private int days;
    @Column(name = "needs_approval", nullable = false)
    private boolean needsApproval;

    ProcessStep() {
    }

    ProcessStep(long processId, int position, ProcessData.Step step) {
        this.processId = processId;
        this.position = position;
        this.title = step.title().strip();
        this.description = step.description();
        this.assigneeId = step.assigneeId();
        this.days = step.days() == null ? 0 : step.days();
        this.needsApproval = Boolean.TRUE.equals(step.needsApproval());
    }

    int position() {
        return position;
    }

    ProcessData.Step toData() {
        return new ProcessData.Step(title, description, assigneeId, days, needsApproval);
    }
}
