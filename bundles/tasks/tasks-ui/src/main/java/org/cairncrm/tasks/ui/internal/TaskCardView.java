package org.cairncrm.tasks.ui.internal;

import static org.cairncrm.tasks.ui.internal.TasksConsole.TEXTS;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.cairncrm.console.FieldErrors;
import org.cairncrm.console.RecordCard;
import org.cairncrm.console.RecordLinks;
import org.cairncrm.console.RecordPicker;
import org.cairncrm.platform.api.RecordRef;
import org.cairncrm.platform.api.access.Access;
import org.cairncrm.platform.api.error.ConflictException;
import org.cairncrm.platform.api.error.ForbiddenException;
import org.cairncrm.platform.api.error.RecordNotFoundException;
import org.cairncrm.platform.api.error.ValidationException;
import org.cairncrm.platform.people.EmployeeData;
import org.cairncrm.platform.people.GroupData;
import org.cairncrm.tasks.CommentData;
import org.cairncrm.tasks.HoldData;
import org.cairncrm.tasks.TaskData;
import org.cairncrm.tasks.Tasks;
import org.cairncrm.tasks.TopicData;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouteParameters;

/**
 * A task's card: what can be done with it now (complete, ask for it, the manager's decisions), its details, its
 * comments, who held it when and its change history. At {@code tasks/tasks/new} (or {@code new-in-<topic>}) the
 * same form creates a task.
 */
public class TaskCardView extends VerticalLayout implements BeforeEnterObserver {

    static final String NEW = "new";
    private static final long serialVersionUID = 1L;
    private static final java.time.format.DateTimeFormatter WHEN =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final TextField title = new TextField(TEXTS.get("task.title"));
    private final ComboBox<TopicData> topic = new ComboBox<>(TEXTS.get("task.topic"));
    private final ComboBox<String> priority = new ComboBox<>(TEXTS.get("task.priority"));
    private final ComboBox<String> status = new ComboBox<>(TEXTS.get("task.status"));
    private final DatePicker targetDate = org.cairncrm.console.DateFields.date(TEXTS.get("task.targetDate"));
    private final TimePicker targetTime = new TimePicker(TEXTS.get("task.targetTime"));
    private final ComboBox<EmployeeData> assignee = new ComboBox<>(TEXTS.get("task.assignee"));
    private final ComboBox<GroupData> group = new ComboBox<>(TEXTS.get("task.group"));
    private final MultiSelectComboBox<EmployeeData> watchers = new MultiSelectComboBox<>(TEXTS.get("task.watchers"));
    private final RecordPicker link = new RecordPicker(TEXTS.get("task.link"));
    private final Checkbox needsApproval = new Checkbox(TEXTS.get("task.needsApproval"));
    private final TextField recurrence = new TextField(TEXTS.get("task.recurrence"));
    private final TextArea description = new TextArea(TEXTS.get("task.description"));
    private final List<EmployeeData> staff;
    private final List<GroupData> teams;
    private final List<TopicData> topics;
    private TaskData current;

    public TaskCardView() {
        setSizeFull();
        setId("task-card");
        TasksConsole services = TasksConsole.get();
        staff = services.staff();
        teams = services.teams();
        topics = services.topics.list(TasksConsole.all()).items();
        title.setId("title");
        topic.setId("topicId");
        topic.setItems(topics);
        topic.setItemLabelGenerator(TopicData::name);
        priority.setId("priority");
        priority.setItems(TasksConsole.PRIORITIES);
        priority.setItemLabelGenerator(p -> TEXTS.get("priority." + p));
        status.setId("status");
        status.setItems(TasksConsole.STATUSES);
        status.setItemLabelGenerator(s -> TEXTS.get("status." + s));
        targetDate.setId("targetDate");
        targetTime.setId("targetTime");
        assignee.setId("assigneeId");
        assignee.setItems(staff);
        assignee.setItemLabelGenerator(TasksConsole::name);
        assignee.setClearButtonVisible(true);
        group.setId("assigneeGroupId");
        group.setItems(teams);
        group.setItemLabelGenerator(GroupData::name);
        group.setClearButtonVisible(true);
        watchers.setId("watcherIds");
        watchers.setItems(staff);
        watchers.setItemLabelGenerator(TasksConsole::name);
        link.setId("link");
        needsApproval.setId("needsApproval");
        recurrence.setId("recurrence");
        recurrence.setPlaceholder("FREQ=WEEKLY;BYDAY=MO");
        recurrence.setHelperText(TEXTS.get("task.recurrenceHelp"));
        description.setId("description");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        removeAll();
        TasksConsole services = TasksConsole.get();
        if (id.startsWith(NEW)) {
            if (!Access.has(Tasks.CREATE)) {
                event.forwardTo(MyTasksView.class);
                return;
            }
            current = null;
            show(TaskData.of(0, "", null, null));
            // "New task" on another record's card: the task is about that record
            event.getLocation().getQueryParameters().getParameters().getOrDefault("link", List.of()).stream()
                    .findFirst().ifPresent(about -> {
                        try {
                            link.setRecord(RecordRef.parse(about));
                        } catch (IllegalArgumentException notARecord) {
                            link.clear();
                        }
                    });
            if (id.startsWith(NEW + "-in-")) {
                try {
                    long in = Long.parseLong(id.substring(NEW.length() + 4));
                    topics.stream().filter(t -> t.id() == in).findFirst().ifPresent(topic::setValue);
                } catch (NumberFormatException ignored) {
                    topic.clear();
                }
            }
            add(new H2(TEXTS.get("task.new")), details(true));
            return;
        }
        try {
            current = services.tasks.get(Long.parseLong(id));
        } catch (NumberFormatException | RecordNotFoundException missing) {
            Notification.show(TEXTS.get("task.notFound"));
            event.forwardTo(MyTasksView.class);
            return;
        }
        showCard();
    }

    private void showCard() {
        removeAll();
        TasksConsole services = TasksConsole.get();
        show(current);
        add(actions(services));
        RecordCard card = new RecordCard(current.title(), new RecordRef(Tasks.TASK_TYPE, current.id()), "tasks",
                details(Access.has(Tasks.UPDATE) && current.open()));
        card.addTab(TEXTS.get("comments.title"), comments(services));
        card.addTab(TEXTS.get("holders.title"), holders(services));
        add(card);
        expand(card);
    }

    /** What the signed-in user can do with the task now. */
    private Component actions(TasksConsole services) {
        long me = Access.signedIn().employeeId();
        boolean manager = topics.stream().anyMatch(t -> t.id().equals(current.topicId()) && t.managerId() != null
                && t.managerId() == me) || Access.has(Tasks.MANAGE);
        HorizontalLayout bar = new HorizontalLayout();
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setId("task-actions");
        Span summary = new Span(TEXTS.get("status." + current.status())
                + (current.holderId() == null ? "" : " · " + TEXTS.get("task.heldBy", services.employee(
                current.holderId())))
                + (Boolean.TRUE.equals(current.delegated()) ? " " + TEXTS.get("task.forAssignee",
                services.employee(current.assigneeId())) : "")
                + (current.overdueOn(services.today()) ? " · ⚠ " + TEXTS.get("overdue") : ""));
        summary.setId("task-summary");
        bar.add(summary);
        if (current.link() != null && !current.link().isBlank()) {
            try {
                RecordRef about = RecordRef.parse(current.link());
                com.vaadin.flow.component.html.Anchor open = RecordLinks.anchor(about,
                        RecordPicker.describe(about).title());
                open.setId("task-about");
                bar.add(new Span(TEXTS.get("task.link") + ":"), open);
            } catch (IllegalArgumentException notARecord) {
                // an old link that names no record
            }
        }
        if (current.open() && !"APPROVAL".equals(current.status())) {
            bar.add(action("complete-task", TEXTS.get(current.needsApproval() != null && current.needsApproval()
                    && !manager ? "task.completeForApproval" : "task.complete"),
                    () -> services.tasks.complete(current.id()), true));
        }
        boolean unassigned = current.assigneeId() == null && current.assigneeGroupId() == null;
        if (current.open() && unassigned && current.claimRequestedBy() == null) {
            bar.add(action("claim-task", TEXTS.get("task.claim"), () -> services.tasks.requestClaim(current.id()),
                    false));
        }
        if (current.claimRequestedBy() != null) {
            bar.add(new Span(TEXTS.get("task.claimedBy", services.employee(current.claimRequestedBy()))));
            if (manager) {
                bar.add(action("approve-claim", TEXTS.get("approve"), () -> services.tasks.decideClaim(current.id(),
                        true), true));
                bar.add(action("reject-claim", TEXTS.get("reject"), () -> services.tasks.decideClaim(current.id(),
                        false), false));
            }
        }
        if ("APPROVAL".equals(current.status()) && manager) {
            bar.add(action("approve-completion", TEXTS.get("approve"), () -> services.tasks.decideCompletion(
                    current.id(), true), true));
            bar.add(action("reject-completion", TEXTS.get("sendBack"), () -> services.tasks.decideCompletion(
                    current.id(), false), false));
        }
        return bar;
    }

    private Button action(String id, String label, java.util.function.Supplier<TaskData> work, boolean primary) {
        Button b = new Button(label, e -> {
            try {
                current = work.get();
                Notification.show(TEXTS.get("saved"));
                showCard();
            } catch (ConflictException | ForbiddenException | ValidationException refused) {
                Notification.show(refused instanceof ValidationException v ? v.fieldErrors().get(0).message()
                        : refused.getMessage());
            }
        });
        b.setId(id);
        if (primary) {
            b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return b;
    }

    private Component details(boolean mayEdit) {
        FormLayout form = new FormLayout(title, topic, priority, status, targetDate, targetTime, assignee, group,
                watchers, link, recurrence, needsApproval, description);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        for (HasValue<?, ?> f : List.<HasValue<?, ?>>of(title, topic, priority, status, targetDate, targetTime,
                assignee, group, watchers, link, recurrence, needsApproval, description)) {
            f.setReadOnly(!mayEdit);
        }
        VerticalLayout details = new VerticalLayout(form);
        details.setPadding(false);
        if (mayEdit) {
            Button save = new Button(TEXTS.get("save"), e -> save());
            save.setId("save-task");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            details.add(save);
        }
        return details;
    }

    private void show(TaskData t) {
        title.setValue(t.title() == null ? "" : t.title());
        topics.stream().filter(x -> x.id().equals(t.topicId())).findFirst().ifPresentOrElse(topic::setValue,
                topic::clear);
        priority.setValue(t.priority() == null ? "NORMAL" : t.priority());
        status.setValue(t.status() == null ? "NEW" : t.status());
        targetDate.setValue(t.targetDate());
        targetTime.setValue(t.targetTime());
        assignee.setValue(staff.stream().filter(e -> e.id().equals(t.assigneeId())).findFirst().orElse(null));
        group.setValue(teams.stream().filter(g -> g.id().equals(t.assigneeGroupId())).findFirst().orElse(null));
        Set<EmployeeData> watching = staff.stream().filter(e -> t.watcherIds().contains(e.id()))
                .collect(Collectors.toSet());
        watchers.setValue(watching);
        try {
            link.setRecord(t.link() == null || t.link().isBlank() ? null : RecordRef.parse(t.link()));
        } catch (IllegalArgumentException notARecord) {
            link.clear();
        }
        recurrence.setValue(t.recurrence() == null ? "" : t.recurrence());
        needsApproval.setValue(Boolean.TRUE.equals(t.needsApproval()));
        description.setValue(t.description() == null ? "" : t.description());
    }

    private void save() {
        TaskData entered = new TaskData(null, current == null ? null : current.version(),
                topic.getValue() == null ? null : topic.getValue().id(), title.getValue(), description.getValue(),
                priority.getValue(), current == null ? null : status.getValue(), targetDate.getValue(),
                targetTime.getValue(), assignee.getValue() == null ? null : assignee.getValue().id(),
                group.getValue() == null ? null : group.getValue().id(), null, null,
                watchers.getValue().stream().map(EmployeeData::id).sorted().toList(),
                link.record().map(RecordRef::toString).orElse(null),
                needsApproval.getValue(), null, recurrence.getValue(), null, null, null, null, null);
        Map<String, HasValidation> targets = new LinkedHashMap<>();
        for (HasValidation f : List.<HasValidation>of(title, topic, priority, status, targetDate, targetTime, assignee,
                group, link, recurrence, description)) {
            targets.put(((Component) f).getId().orElseThrow(), f);
        }
        try {
            FieldErrors.check(targets);
            if (current == null) {
                TaskData created = TasksConsole.get().tasks.create(entered);
                Notification.show(TEXTS.get("saved"));
                UI.getCurrent().navigate(TaskCardView.class, new RouteParameters("id", String.valueOf(created.id())));
            } else {
                current = TasksConsole.get().tasks.update(current.id(), entered);
                Notification.show(TEXTS.get("saved"));
                showCard();
            }
        } catch (ValidationException e) {
            FieldErrors.show(e, targets);
        } catch (ConflictException e) {
            Notification.show(TEXTS.get("conflict"));
        }
    }

    private Component comments(TasksConsole services) {
        VerticalLayout tab = new VerticalLayout();
        tab.setId("task-comments");
        for (CommentData c : services.tasks.comments(current.id())) {
            Span line = new Span(WHEN.format(c.at().atZone(java.time.ZoneId.systemDefault())) + " · "
                    + services.employee(c.employeeId()) + ": " + c.text());
            line.addClassName("task-comment");
            tab.add(line);
        }
        TextArea text = new TextArea(TEXTS.get("comments.new"));
        text.setId("comment-text");
        text.setWidthFull();
        Button add = new Button(TEXTS.get("comments.add"), e -> {
            try {
                services.tasks.comment(current.id(), text.getValue());
                showCard();
            } catch (ValidationException wrong) {
                text.setErrorMessage(wrong.fieldErrors().get(0).message());
                text.setInvalid(true);
            }
        });
        add.setId("add-comment");
        tab.add(text, add);
        return tab;
    }

    private Component holders(TasksConsole services) {
        Grid<HoldData> grid = new Grid<>();
        grid.setId("task-holders");
        grid.addColumn(h -> services.employee(h.employeeId())).setHeader(TEXTS.get("holders.who"));
        grid.addColumn(h -> WHEN.format(h.from().atZone(java.time.ZoneId.systemDefault())))
                .setHeader(TEXTS.get("holders.from"));
        grid.addColumn(h -> h.to() == null ? TEXTS.get("holders.now")
                : WHEN.format(h.to().atZone(java.time.ZoneId.systemDefault()))).setHeader(TEXTS.get("holders.to"));
        grid.addColumn(h -> h.delegationId() == null ? "" : TEXTS.get("holders.delegated"))
                .setHeader(TEXTS.get("holders.how"));
        grid.setItems(services.tasks.holds(current.id()));
        return grid;
    }
}
