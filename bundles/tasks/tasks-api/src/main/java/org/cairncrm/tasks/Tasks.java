package org.cairncrm.tasks;

import java.time.LocalDate;
import java.util.List;

import org.cairncrm.platform.api.paging.Page;
import org.cairncrm.platform.api.paging.PageRequest;

/**
 * Internal tasks. Who sees a task: those whose data scope for {@value #TASK_TYPE} covers its holder, and always its
 * holder, its assignee, the members of its assignee group, its watchers and its topic's manager; unassigned open
 * tasks are listed for everyone with {@link #READ} to claim.
 */
public interface Tasks {

    String TASK_TYPE = "tasks.task";
    String READ = "tasks.task.read";
    String CREATE = "tasks.task.create";
    String UPDATE = "tasks.task.update";
    /** topics, claim and completion approvals, delegations, processes, workload */
    String MANAGE = "tasks.manage";
    String FILTER_FIELDS = "topicId, status, priority, targetDate, assigneeId, assigneeGroupId, holderId, "
            + "completedAt, title, link (a record: contacts.company:12)";
    /** posted after commit for every change of a task: {@code cairn/tasks/Task/CREATED|UPDATED} */
    String TASK_TOPIC = "cairn/tasks/Task/*";
    /** posted after commit for every escalation, with {@code cairn.id} (the task), {@code kind}, {@code manager} */
    String ESCALATED_TOPIC = "cairn/tasks/Escalated";

    /** Which of one's own tasks {@link #mine} lists. */
    enum Mine {
        /** every open task */
        OPEN,
        /** open, due within the next {@code days} days (overdue ones included) */
        UPCOMING,
        /** open and past their target day */
        OVERDUE,
        /** done or cancelled too */
        ALL
    }

    Page<TaskData> list(PageRequest request);

    /**
     * The caller's list: the tasks they hold (their own and those delegated to them) and those assigned to their
     * groups, soonest due first; filters of the request (topicId, priority ...) apply too.
     */
    Page<TaskData> mine(Mine which, int days, PageRequest request);

    /** Open tasks nobody is assigned to, for employees to ask for. */
    Page<TaskData> claimable(PageRequest request);

    TaskData get(long id);

    TaskData create(TaskData data);

    /** Changes a task; the version must be the one read. */
    TaskData update(long id, TaskData data);

    /** Asks to be assigned an unassigned task; its topic's manager decides. */
    TaskData requestClaim(long id);

    /** The topic's manager assigns the task to the employee who asked, or turns them down. */
    TaskData decideClaim(long id, boolean approve);

    /** Marks the task done; one that needs approval goes to its manager ({@code APPROVAL}) instead. */
    TaskData complete(long id);

    /** The topic's manager approves a completion (DONE) or sends it back (IN_PROGRESS). */
    TaskData decideCompletion(long id, boolean approve);

    List<CommentData> comments(long taskId);

    CommentData comment(long taskId, String text);

    /** Who held the task when, oldest first. */
    List<HoldData> holds(long taskId);

    /** The escalations sent to the caller as a topic manager, newest first. */
    List<AlertData> alerts(boolean unseenOnly);

    /** Marks one of the caller's escalations seen. */
    void seen(long alertId);

    /** Per employee: open and overdue tasks now, and tasks done between the two days (inclusive). */
    List<WorkloadRow> workload(LocalDate from, LocalDate to);
}
