package org.cairncrm.tasks.ui.internal;

import static org.cairncrm.tasks.ui.internal.TasksConsole.TEXTS;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cairncrm.console.FieldErrors;
import org.cairncrm.platform.api.access.Access;
import org.cairncrm.platform.api.error.ValidationException;
import org.cairncrm.platform.api.paging.Filter;
import org.cairncrm.platform.api.paging.PageRequest;
import org.cairncrm.platform.people.EmployeeData;
import org.cairncrm.tasks.ProcessData;
import org.cairncrm.tasks.TaskData;
import org.cairncrm.tasks.Tasks;
import org.cairncrm.tasks.TopicData;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;

/**
 * A topic's board: its tasks in columns by status, the unassigned ones to ask for, who asked for which; new topics,
 * new tasks and process runs for those who may.
 */
public class TopicBoardView extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    static final List<String> COLUMNS = List.of("NEW", "ASSIGNED", "IN_PROGRESS", "WAITING", "APPROVAL", "DONE");

    private final ComboBox<TopicData> topic = new ComboBox<>(TEXTS.get("task.topic"));
    private final HorizontalLayout board = new HorizontalLayout();
    private final HorizontalLayout tools = new HorizontalLayout();

    public TopicBoardView() {
        setSizeFull();
        setId("topic-board-view");
        topic.setId("board-topic");
        topic.setItemLabelGenerator(t -> t.name() + " — " + TasksConsole.get().employee(t.managerId()));
        topic.setWidth("28em");
        topic.addValueChangeListener(e -> show());
        board.setId("board");
        board.setWidthFull();
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout top = new HorizontalLayout(topic, tools);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(TEXTS.get("board.title")), top, board);
        expand(board);
        loadTopics(null);
    }

    private void loadTopics(Long select) {
        List<TopicData> all = TasksConsole.get().topics.list(TasksConsole.all()).items();
        topic.setItems(all);
        all.stream().filter(t -> select == null || t.id().equals(select)).findFirst().ifPresent(topic::setValue);
        if (all.isEmpty()) {
            show();
        }
    }

    void show() {
        TasksConsole services = TasksConsole.get();
        board.removeAll();
        tools.removeAll();
        if (Access.has(Tasks.MANAGE)) {
            Button newTopic = new Button(TEXTS.get("topic.new"), e -> topicDialog());
            newTopic.setId("new-topic");
            tools.add(newTopic);
        }
        TopicData t = topic.getValue();
        if (t == null) {
            return;
        }
        if (Access.has(Tasks.CREATE)) {
            Button newTask = new Button(TEXTS.get("task.new"), e -> UI.getCurrent().navigate(TaskCardView.class,
                    new RouteParameters("id", TaskCardView.NEW + "-in-" + t.id())));
            newTask.setId("new-task-here");
            newTask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            tools.add(newTask);
            if (Access.has(Tasks.MANAGE)) {
                Button newProcess = new Button(TEXTS.get("process.new"), e -> processDialog(t));
                newProcess.setId("new-process");
                tools.add(newProcess);
            }
            List<ProcessData> processes = services.topics.processes(t.id());
            if (!processes.isEmpty()) {
                ComboBox<ProcessData> process = new ComboBox<>(TEXTS.get("process.start"), processes);
                process.setId("start-process");
                process.setItemLabelGenerator(ProcessData::name);
                process.addValueChangeListener(e -> {
                    if (e.getValue() != null) {
                        TaskData first = services.topics.startProcess(e.getValue().id(), null);
                        Notification.show(TEXTS.get("process.started", first.title()));
                        show();
                    }
                });
                tools.add(process);
            }
        }
        Map<Long, TaskData> tasks = new LinkedHashMap<>();
        services.tasks.list(new PageRequest(0, PageRequest.MAX_SIZE, List.of(), List.of(Filter.eq("topicId",
                String.valueOf(t.id()))), Optional.empty())).items().forEach(x -> tasks.put(x.id(), x));
        services.tasks.claimable(TasksConsole.all()).items().stream().filter(x -> x.topicId().equals(t.id()))
                .forEach(x -> tasks.putIfAbsent(x.id(), x));
        for (String status : COLUMNS) {
            List<TaskData> here = tasks.values().stream().filter(x -> status.equals(x.status())).toList();
            VerticalLayout column = new VerticalLayout(new H4(TEXTS.get("status." + status) + " (" + here.size()
                    + ")"));
            column.setId("status-" + status);
            column.setWidth("15em");
            column.getStyle().set("background", "var(--lumo-contrast-5pct)")
                    .set("border-radius", "var(--lumo-border-radius-m)");
            here.forEach(x -> column.add(card(services, x)));
            board.add(column);
        }
    }

    private Div card(TasksConsole services, TaskData x) {
        Button open = new Button(x.title(), e -> UI.getCurrent().navigate(TaskCardView.class,
                new RouteParameters("id", String.valueOf(x.id()))));
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        Div card = new Div(open);
        String who = x.holderId() != null ? services.employee(x.holderId())
                : x.assigneeGroupId() != null ? TEXTS.get("mine.group") : TEXTS.get("task.unassigned");
        card.add(new Div(new Span(who)));
        if (x.targetDate() != null) {
            Span due = new Span(MyTasksView.due(services, x));
            if (x.overdueOn(services.today())) {
                due.getStyle().set("color", "var(--lumo-error-text-color)");
            }
            card.add(new Div(due));
        }
        if (x.claimRequestedBy() != null) {
            card.add(new Div(new Span(TEXTS.get("task.claimedBy", services.employee(x.claimRequestedBy())))));
        }
        card.setId("task-" + x.id());
        card.addClassName("board-card");
        card.getStyle().set("background", "var(--lumo-base-color)").set("padding", "var(--lumo-space-s)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("box-shadow", "var(--lumo-box-shadow-xs)")
                .set("width", "100%").set("box-sizing", "border-box");
        return card;
    }

    private void topicDialog() {
        TasksConsole services = TasksConsole.get();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(TEXTS.get("topic.new"));
        dialog.setId("topic-dialog");
        TextField name = new TextField(TEXTS.get("topic.name"));
        name.setId("topic-name");
        ComboBox<EmployeeData> manager = new ComboBox<>(TEXTS.get("topic.manager"), services.staff());
        manager.setId("topic-manager");
        manager.setItemLabelGenerator(TasksConsole::name);
        IntegerField unclaimed = new IntegerField(TEXTS.get("topic.unclaimedDays"));
        unclaimed.setId("topic-unclaimedDays");
        unclaimed.setValue(3);
        dialog.add(new FormLayout(name, manager, unclaimed));
        Button save = new Button(TEXTS.get("save"), e -> {
            Map<String, HasValidation> targets = Map.of("name", name, "unclaimedDays", unclaimed);
            try {
                FieldErrors.check(targets);
                TopicData made = services.topics.create(new TopicData(null, null, name.getValue(), null,
                        manager.getValue() == null ? null : manager.getValue().id(), unclaimed.getValue(), true,
                        null));
                dialog.close();
                loadTopics(made.id());
            } catch (ValidationException wrong) {
                FieldErrors.show(wrong, targets);
            }
        });
        save.setId("save-topic");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(TEXTS.get("cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    /** A process template for the topic: its name and ordered steps, each with who does it and its days. */
    private void processDialog(TopicData t) {
        TasksConsole services = TasksConsole.get();
        List<EmployeeData> staff = services.staff();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(TEXTS.get("process.new") + ": " + t.name());
        dialog.setId("process-dialog");
        TextField name = new TextField(TEXTS.get("process.name"));
        name.setId("process-name");
        name.setWidthFull();
        VerticalLayout steps = new VerticalLayout();
        steps.setPadding(false);
        List<Object[]> rows = new java.util.ArrayList<>();
        Runnable addStep = () -> {
            TextField title = new TextField(TEXTS.get("process.step", rows.size() + 1));
            title.setId("step-title-" + rows.size());
            ComboBox<EmployeeData> who = new ComboBox<>(TEXTS.get("task.assignee"), staff);
            who.setItemLabelGenerator(TasksConsole::name);
            who.setId("step-assignee-" + rows.size());
            IntegerField days = new IntegerField(TEXTS.get("process.days"));
            days.setValue(1);
            days.setWidth("7em");
            days.setId("step-days-" + rows.size());
            rows.add(new Object[] {title, who, days});
            HorizontalLayout row = new HorizontalLayout(title, who, days);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            steps.add(row);
        };
        addStep.run();
        addStep.run();
        Button more = new Button(TEXTS.get("process.addStep"), e -> addStep.run());
        more.setId("process-add-step");
        dialog.add(name, steps, more);
        Button save = new Button(TEXTS.get("save"), e -> {
            // rows left blank are no steps; the errors go to the rows that are
            List<ProcessData.Step> list = new java.util.ArrayList<>();
            List<Object[]> used = new java.util.ArrayList<>();
            for (Object[] r : rows) {
                TextField title = (TextField) r[0];
                if (title.getValue().isBlank() && rows.size() > 1 && r != rows.get(0)) {
                    continue;
                }
                @SuppressWarnings("unchecked")
                ComboBox<EmployeeData> who = (ComboBox<EmployeeData>) r[1];
                IntegerField days = (IntegerField) r[2];
                list.add(new ProcessData.Step(title.getValue(), null, who.getValue() == null ? null
                        : who.getValue().id(), days.getValue(), false));
                used.add(r);
            }
            Map<String, HasValidation> targets = new LinkedHashMap<>();
            targets.put("name", name);
            for (int i = 0; i < used.size(); i++) {
                targets.put("steps[" + i + "].title", (TextField) used.get(i)[0]);
                targets.put("steps[" + i + "].days", (IntegerField) used.get(i)[2]);
            }
            try {
                FieldErrors.check(targets);
                services.topics.createProcess(new ProcessData(null, name.getValue(), t.id(), list));
                Notification.show(TEXTS.get("saved"));
                dialog.close();
                show();
            } catch (ValidationException wrong) {
                FieldErrors.show(wrong, targets);
            }
        });
        save.setId("save-process");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(TEXTS.get("cancel"), e -> dialog.close()), save);
        dialog.setWidth("52em");
        dialog.open();
    }
}
