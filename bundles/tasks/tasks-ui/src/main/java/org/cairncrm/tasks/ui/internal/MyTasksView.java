package org.cairncrm.tasks.ui.internal;

import static org.cairncrm.tasks.ui.internal.TasksConsole.TEXTS;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cairncrm.console.RecordList;
import org.cairncrm.platform.api.access.Access;
import org.cairncrm.platform.api.paging.Filter;
import org.cairncrm.tasks.TaskData;
import org.cairncrm.tasks.Tasks;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.RouteParameters;

/**
 * The signed-in employee's tasks: the ones they hold (delegated ones marked) and their groups' tasks, soonest due
 * first; open, upcoming in the next days, overdue or all, by topic and priority.
 */
public class MyTasksView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    public MyTasksView() {
        TasksConsole services = TasksConsole.get();
        setSizeFull();
        setId("my-tasks-view");
        add(new H2(TEXTS.get("mine.title")));
        ComboBox<Tasks.Mine> which = new ComboBox<>(TEXTS.get("mine.which"), List.of(Tasks.Mine.values()));
        which.setId("mine-which");
        which.setItemLabelGenerator(w -> TEXTS.get("mine.which." + w));
        which.setValue(Tasks.Mine.OPEN);
        IntegerField days = new IntegerField(TEXTS.get("mine.days"));
        days.setId("mine-days");
        days.setValue(7);
        days.setMin(0);
        days.setMax(366);
        days.setStepButtonsVisible(true);
        RecordList<TaskData> list = new RecordList<>(request -> services.tasks.mine(which.getValue() == null
                ? Tasks.Mine.OPEN : which.getValue(), days.getValue() == null ? 7 : days.getValue(), request));
        list.setId("my-tasks");
        Map<Long, String> topics = services.topicNames();
        long me = Access.signedIn().employeeId();
        list.addPlainColumn(TEXTS.get("task.targetDate"), t -> due(services, t)).setAutoWidth(true);
        list.addPlainColumn(TEXTS.get("task.title"), TaskData::title).setFlexGrow(3);
        list.addPlainColumn(TEXTS.get("task.topic"), t -> topics.getOrDefault(t.topicId(), "")).setFlexGrow(2);
        list.addPlainColumn(TEXTS.get("task.priority"), t -> TEXTS.get("priority." + t.priority()));
        list.addPlainColumn(TEXTS.get("task.status"), t -> TEXTS.get("status." + t.status()));
        list.addPlainColumn(TEXTS.get("mine.how"), t -> how(services, t, me)).setFlexGrow(2);
        ComboBox<Long> topic = new ComboBox<>(TEXTS.get("task.topic"), List.copyOf(topics.keySet()));
        topic.setId("mine-topic");
        topic.setItemLabelGenerator(id -> topics.getOrDefault(id, "#" + id));
        topic.setClearButtonVisible(true);
        list.addFilter("topicId", () -> Optional.ofNullable(topic.getValue()).map(id -> Filter.eq("topicId",
                String.valueOf(id))), which, days, topic);
        ComboBox<String> priority = list.addChoiceFilter("priority", TEXTS.get("task.priority"),
                TasksConsole.PRIORITIES);
        priority.setItemLabelGenerator(p -> TEXTS.get("priority." + p));
        which.addValueChangeListener(e -> list.refresh());
        days.addValueChangeListener(e -> list.refresh());
        topic.addValueChangeListener(e -> list.refresh());
        list.grid().addItemClickListener(click -> UI.getCurrent().navigate(TaskCardView.class,
                new RouteParameters("id", String.valueOf(click.getItem().id()))));
        if (Access.has(Tasks.CREATE)) {
            Button create = new Button(TEXTS.get("task.new"), e -> UI.getCurrent().navigate(TaskCardView.class,
                    new RouteParameters("id", TaskCardView.NEW)));
            create.setId("new-task");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new HorizontalLayout(create));
        }
        add(list);
        expand(list);
    }

    static String due(TasksConsole services, TaskData t) {
        if (t.targetDate() == null) {
            return "";
        }
        return t.targetDate() + (t.targetTime() == null ? "" : " " + t.targetTime())
                + (t.overdueOn(services.today()) ? " ⚠ " + TEXTS.get("overdue") : "");
    }

    /** Why it is on the list: one's own, a group's, or held for a colleague. */
    static String how(TasksConsole services, TaskData t, long me) {
        if (Boolean.TRUE.equals(t.delegated()) && t.holderId() != null && t.holderId() == me) {
            return TEXTS.get("mine.delegated", services.employee(t.assigneeId()));
        }
        if (t.holderId() == null && t.assigneeGroupId() != null) {
            return TEXTS.get("mine.group");
        }
        return "";
    }
}
