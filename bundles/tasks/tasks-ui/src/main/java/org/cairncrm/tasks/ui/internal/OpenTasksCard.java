package org.cairncrm.tasks.ui.internal;

import static org.cairncrm.tasks.ui.internal.TasksConsole.TEXTS;

import java.util.List;
import java.util.Optional;

import org.cairncrm.console.DashboardCard;
import org.cairncrm.platform.api.access.Access;
import org.cairncrm.platform.api.paging.PageRequest;
import org.cairncrm.tasks.TaskData;
import org.cairncrm.tasks.Tasks;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;

/** "My open tasks" on the home page: the soonest due, overdue ones counted and marked; a manager's escalations. */
@org.osgi.service.component.annotations.Component(service = DashboardCard.class)
public class OpenTasksCard implements DashboardCard {

    static final int SHOWN = 8;

    @Activate
    public OpenTasksCard(@Reference TasksConsole services) {
        // waits for the tasks services
    }

    @Override
    public String title() {
        return TEXTS.get("card.title");
    }

    @Override
    public Optional<String> permission() {
        return Optional.of(Tasks.READ);
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Component create() {
        TasksConsole services = TasksConsole.get();
        var today = services.today();
        var open = services.tasks.mine(Tasks.Mine.OPEN, 0, new PageRequest(0, SHOWN, List.of(), List.of(),
                Optional.empty()));
        long overdue = services.tasks.mine(Tasks.Mine.OVERDUE, 0, new PageRequest(0, 1, List.of(), List.of(),
                Optional.empty())).total();
        VerticalLayout card = new VerticalLayout();
        card.setId("open-tasks-card");
        card.setPadding(false);
        card.setSpacing(false);
        if (open.items().isEmpty()) {
            card.add(new Span(TEXTS.get("card.none")));
        }
        if (overdue > 0) {
            Span warning = new Span(TEXTS.get("card.overdue", overdue));
            warning.setId("open-tasks-overdue");
            warning.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "bold");
            card.add(warning);
        }
        long unseen = services.tasks.alerts(true).size();
        if (unseen > 0) {
            Button alerts = new Button(TEXTS.get("card.alerts", unseen), e -> UI.getCurrent().navigate(
                    EscalationsView.class));
            alerts.setId("open-tasks-alerts");
            alerts.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            card.add(alerts);
        }
        for (TaskData t : open.items()) {
            Span due = new Span(MyTasksView.due(services, t));
            if (t.overdueOn(today)) {
                due.getStyle().set("color", "var(--lumo-error-text-color)");
            }
            Button go = new Button(t.title(), e -> UI.getCurrent().navigate(TaskCardView.class,
                    new RouteParameters("id", String.valueOf(t.id()))));
            go.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            go.addClassName("open-task");
            card.add(new HorizontalLayout(due, go));
        }
        Button all = new Button(TEXTS.get("card.all", open.total()), e -> UI.getCurrent().navigate(
                MyTasksView.class));
        all.setId("open-tasks-all");
        all.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        card.add(all);
        return card;
    }
}
