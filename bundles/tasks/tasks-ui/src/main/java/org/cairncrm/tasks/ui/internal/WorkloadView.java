package org.cairncrm.tasks.ui.internal;

import static org.cairncrm.tasks.ui.internal.TasksConsole.TEXTS;

import org.cairncrm.platform.api.error.ValidationException;
import org.cairncrm.tasks.WorkloadRow;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** Per employee: open and overdue tasks now, and those done in the period chosen. */
public class WorkloadView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    public WorkloadView() {
        TasksConsole services = TasksConsole.get();
        setSizeFull();
        setId("workload-view");
        DatePicker from = org.cairncrm.console.DateFields.date(TEXTS.get("workload.from"), services.today().withDayOfMonth(1));
        from.setId("workload-from");
        DatePicker to = org.cairncrm.console.DateFields.date(TEXTS.get("workload.to"), services.today());
        to.setId("workload-to");
        Grid<WorkloadRow> grid = new Grid<>();
        grid.setId("workload");
        grid.addColumn(r -> services.employee(r.employeeId())).setHeader(TEXTS.get("workload.employee"))
                .setFlexGrow(3);
        grid.addColumn(WorkloadRow::open).setHeader(TEXTS.get("workload.open"));
        grid.addColumn(WorkloadRow::overdue).setHeader(TEXTS.get("workload.overdue"));
        grid.addColumn(WorkloadRow::done).setHeader(TEXTS.get("workload.done"));
        Runnable refresh = () -> {
            try {
                to.setInvalid(false);
                grid.setItems(services.tasks.workload(from.getValue(), to.getValue()));
            } catch (ValidationException wrong) {
                to.setErrorMessage(wrong.fieldErrors().get(0).message());
                to.setInvalid(true);
            }
        };
        from.addValueChangeListener(e -> refresh.run());
        to.addValueChangeListener(e -> refresh.run());
        add(new H2(TEXTS.get("workload.title")), new HorizontalLayout(from, to), grid);
        expand(grid);
        refresh.run();
    }
}
