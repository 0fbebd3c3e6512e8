package org.cairncrm.tasks.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

import org.cairncrm.platform.persistence.RecordType;
import org.cairncrm.platform.persistence.ScopedEntity;
import org.cairncrm.tasks.TaskData;

/**
 * A task. Its scope owner is who holds it (its topic's manager while nobody does), so that data scopes follow the
 * work; its line of business is always 'general'.
 */
@Entity
@Table(name = "tasks_task")
@RecordType(value = "tasks.task", path = "tasks")
public class Task extends ScopedEntity {

    static final String LINE = "general";

    @Column(name = "topic_id", nullable = false)
    private long topicId;
    @Column(name = "title", nullable = false, length = 200)
    private String title;
    @Column(name = "description", length = 4000)
    private String description;
    @Column(name = "priority", nullable = false, length = 10)
    private String priority;
    @Column(name = "status", nullable = false, length = 12)
    private String status;
    @Column(name = "target_date")
    private LocalDate targetDate;
    @Column(name = "target_time")
    private LocalTime targetTime;
    @Column(name = "assignee_id")
    private Long assigneeId;
    @Column(name = "assignee_group_id")
    private Long assigneeGroupId;
    @Column(name = "holder_id")
    private Long holderId;
    @Column(name = "delegation_id")
    private Long delegationId;
    @Column(name = "watchers", length = 1000)
    private String watchers;
    @Column(name = "link", length = 100)
    private String link;
    @Column(name = "needs_approval", nullable = false)
    private boolean needsApproval;
    @Column(name = "claim_requested_by")
    private Long claimRequestedBy;
    @Column(name = "recurrence", length = 200)
    private String recurrence;
    @Column(name = "series_id")
    private Long seriesId;
    @Column(name = "series_start")
    private LocalDate seriesStart;
    @Column(name = "series_done", nullable = false)
    private int seriesDone;
    @Column(name = "process_id")
    private Long processId;
    @Column(name = "process_run_id")
    private Long processRunId;
    @Column(name = "process_step")
    private Integer processStep;
    @Column(name = "completed_at")
    private Instant completedAt;

    void apply(TaskData data) {
        topicId = data.topicId();
        title = data.title().strip();
        description = blank(data.description());
        priority = data.priority();
        targetDate = data.targetDate();
        targetTime = data.targetTime();
        assigneeGroupId = data.assigneeGroupId();
        watchers = data.watcherIds().isEmpty() ? null
                : data.watcherIds().stream().map(String::valueOf).collect(Collectors.joining(","));
        link = blank(data.link());
        needsApproval = Boolean.TRUE.equals(data.needsApproval());
        recurrence = blank(data.recurrence());
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The record the task is about ({@code contacts.company:12}), or null. */
    String link() {
        return link;
    }

    TaskData toData() {
        return new TaskData(getId(), getVersion(), topicId, title, description, priority, status, targetDate,
                targetTime, assigneeId, assigneeGroupId, holderId, delegationId != null, watcherIds(), link,
                needsApproval, claimRequestedBy, recurrence, seriesId, processRunId, processStep, completedAt,
                auditStamp());
    }

    List<Long> watcherIds() {
        return watchers == null ? List.of() : Arrays.stream(watchers.split(",")).map(Long::valueOf).toList();
    }

    boolean open() {
        return !"DONE".equals(status) && !"CANCELLED".equals(status);
    }

    /** Sets who holds it now and the scope owner that follows. */
    void hold(Long holder, Long delegation, long topicManager) {
        holderId = holder;
        delegationId = delegation;
        assign(holder == null ? topicManager : holder, LINE);
    }

    long topicId() {
        return topicId;
    }

    String title() {
        return title;
    }

    String status() {
        return status;
    }

    void status(String status) {
        this.status = status;
    }

    LocalDate targetDate() {
        return targetDate;
    }

    Long assigneeId() {
        return assigneeId;
    }

    void assignee(Long assignee) {
        this.assigneeId = assignee;
    }

    Long assigneeGroupId() {
        return assigneeGroupId;
    }

    Long holderId() {
        return holderId;
    }

    Long delegationId() {
        return delegationId;
    }

    boolean needsApproval() {
        return needsApproval;
    }

    Long claimRequestedBy() {
        return claimRequestedBy;
    }

    void claimRequestedBy(Long employee) {
        claimRequestedBy = employee;
    }

    String recurrence() {
        return recurrence;
    }

    void series(Long id, LocalDate start, int done) {
        seriesId = id;
        seriesStart = start;
        seriesDone = done;
    }

    Long seriesId() {
        return seriesId;
    }

    LocalDate seriesStart() {
        return seriesStart;
    }

    int seriesDone() {
        return seriesDone;
    }

    void process(Long process, Long run, Integer step) {
        processId = process;
        processRunId = run;
        processStep = step;
    }

    Long processId() {
        return processId;
    }

    Long processRunId() {
        return processRunId;
    }

    Integer processStep() {
        return processStep;
    }

    void completedAt(Instant at) {
        completedAt = at;
    }
}
