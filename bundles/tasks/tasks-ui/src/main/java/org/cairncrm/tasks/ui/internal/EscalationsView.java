package org.cairncrm.tasks.ui.internal;

import static org.cairncrm.tasks.ui.internal.TasksConsole.TEXTS;

import org.cairncrm.tasks.AlertData;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;

/** The escalations sent to the signed-in user as a topic's manager: late and unclaimed tasks. */
public class EscalationsView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final Grid<AlertData> grid = new Grid<>();
    private final Checkbox unseen = new Checkbox(TEXTS.get("alerts.unseen"), true);

    public EscalationsView() {
        setSizeFull();
        setId("escalations-view");
        unseen.setId("alerts-unseen");
        unseen.addValueChangeListener(e -> refresh());
        grid.setId("alerts");
        grid.addColumn(a -> TEXTS.get("alerts.kind." + a.kind())).setHeader(TEXTS.get("alerts.kind"));
        grid.addColumn(AlertData::taskTitle).setHeader(TEXTS.get("task.title")).setFlexGrow(3);
        grid.addColumn(a -> a.deadline().toString()).setHeader(TEXTS.get("alerts.deadline"));
        grid.addColumn(a -> CaseTimes.when(a.at())).setHeader(TEXTS.get("alerts.at"));
        grid.addComponentColumn(a -> {
            Button open = new Button(TEXTS.get("alerts.open"), e -> {
                TasksConsole.get().tasks.seen(a.id());
                UI.getCurrent().navigate(TaskCardView.class, new RouteParameters("id", String.valueOf(a.taskId())));
            });
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            return open;
        });
        add(new H2(TEXTS.get("alerts.title")), unseen, grid);
        expand(grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(TasksConsole.get().tasks.alerts(unseen.getValue()));
    }

    /** Times shown in the server's zone. */
    static final class CaseTimes {
        private static final java.time.format.DateTimeFormatter WHEN =
                java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

        private CaseTimes() {
        }

        static String when(java.time.Instant at) {
            return WHEN.format(at.atZone(java.time.ZoneId.systemDefault()));
        }
    }
}
