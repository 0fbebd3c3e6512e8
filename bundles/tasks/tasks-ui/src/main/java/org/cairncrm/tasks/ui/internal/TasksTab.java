package org.cairncrm.tasks.ui.internal;

import static org.cairncrm.tasks.ui.internal.TasksConsole.TEXTS;

import java.util.List;
import java.util.Optional;

import org.cairncrm.console.RecordTabContribution;
import org.cairncrm.platform.api.RecordRef;
import org.cairncrm.platform.api.access.Access;
import org.cairncrm.platform.api.paging.Filter;
import org.cairncrm.platform.api.paging.PageRequest;
import org.cairncrm.platform.api.paging.Sort;
import org.cairncrm.tasks.TaskData;
import org.cairncrm.tasks.Tasks;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.QueryParameters;

/**
 * The "Tasks" tab of company and case cards: the tasks about the record, and "New task" about it; it goes when the
 * tasks module is uninstalled.
 */
final class TasksTab {

    private TasksTab() {
    }

    /** The tab of one kind of card. */
    abstract static class Tab extends org.cairncrm.console.ContributedTab {
        Tab(String recordType) {
            super(recordType, () -> TEXTS.get("menu.group"), Tasks.READ);
        }

        @Override
        public Component create(RecordRef record) {
            return content(record);
        }
    }

    @org.osgi.service.component.annotations.Component(service = RecordTabContribution.class)
    public static class CompanyTab extends Tab {
        @Activate
        public CompanyTab(@Reference TasksConsole services) {
            super("contacts.company");
        }
    }

    @org.osgi.service.component.annotations.Component(service = RecordTabContribution.class)
    public static class CaseTab extends Tab {
        @Activate
        public CaseTab(@Reference TasksConsole services) {
            super("journal.case");
        }
    }

    /** The tasks about {@code record} the user may see, soonest due first, done ones too. */
    static Component content(RecordRef record) {
        TasksConsole services = TasksConsole.get();
        VerticalLayout tab = new VerticalLayout();
        tab.setPadding(false);
        tab.setId("tasks-tab");
        if (Access.has(Tasks.CREATE)) {
            Button create = new Button(TEXTS.get("task.new"), e -> UI.getCurrent().navigate("tasks/tasks/new",
                    QueryParameters.simple(java.util.Map.of("link", record.toString()))));
            create.setId("tasks-tab-new");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            com.vaadin.flow.component.orderedlayout.HorizontalLayout tools =
                    new com.vaadin.flow.component.orderedlayout.HorizontalLayout(create);
            tools.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
            // a process about the record: each of its steps' tasks is about it
            List<org.cairncrm.tasks.ProcessData> processes = services.topics.processes(null);
            if (!processes.isEmpty()) {
                com.vaadin.flow.component.combobox.ComboBox<org.cairncrm.tasks.ProcessData> start =
                        new com.vaadin.flow.component.combobox.ComboBox<>();
                start.setId("tasks-tab-process");
                start.setPlaceholder(TEXTS.get("process.start"));
                start.setItems(processes);
                start.setItemLabelGenerator(org.cairncrm.tasks.ProcessData::name);
                start.addValueChangeListener(e -> {
                    if (e.getValue() != null) {
                        TaskData first = services.topics.startProcess(e.getValue().id(), null, record.toString());
                        com.vaadin.flow.component.notification.Notification.show(
                                TEXTS.get("process.started", first.title()));
                        UI.getCurrent().navigate("tasks/tasks/" + first.id());
                    }
                });
                tools.add(start);
            }
            tab.add(tools);
        }
        List<TaskData> tasks = services.tasks.list(new PageRequest(0, PageRequest.MAX_SIZE,
                List.of(Sort.asc("targetDate")), List.of(Filter.eq("link", record.toString())), Optional.empty()))
                .items();
        Grid<TaskData> grid = new Grid<>();
        grid.setId("tasks-tab-grid");
        grid.addColumn(TaskData::title).setHeader(TEXTS.get("task.title")).setFlexGrow(3);
        grid.addColumn(t -> TEXTS.get("status." + t.status())).setHeader(TEXTS.get("task.status"));
        grid.addColumn(t -> t.targetDate() == null ? "" : t.targetDate().toString())
                .setHeader(TEXTS.get("task.targetDate"));
        grid.addColumn(t -> t.holderId() == null ? "" : services.employee(t.holderId()))
                .setHeader(TEXTS.get("task.assignee"));
        grid.setItems(tasks);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> UI.getCurrent().navigate("tasks/tasks/" + e.getItem().id()));
        tab.add(grid);
        return tab;
    }
}
