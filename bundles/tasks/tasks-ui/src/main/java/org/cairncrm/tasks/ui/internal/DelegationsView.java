package org.cairncrm.tasks.ui.internal;

import static org.cairncrm.tasks.ui.internal.TasksConsole.TEXTS;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cairncrm.console.FieldErrors;
import org.cairncrm.platform.api.error.ConflictException;
import org.cairncrm.platform.api.error.ValidationException;
import org.cairncrm.platform.people.EmployeeData;
import org.cairncrm.tasks.DelegationData;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;

/**
 * Delegations for managers: hand an absent employee's tasks (or one task) to a colleague for a period, after which
 * they return by themselves, or for good; end one early.
 */
public class DelegationsView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final Grid<DelegationData> grid = new Grid<>();
    private final Checkbox ended = new Checkbox(TEXTS.get("delegations.ended"));

    public DelegationsView() {
        TasksConsole services = TasksConsole.get();
        setSizeFull();
        setId("delegations-view");
        List<EmployeeData> staff = services.staff();
        ComboBox<EmployeeData> from = new ComboBox<>(TEXTS.get("delegations.from"), staff);
        from.setId("fromEmployeeId");
        ComboBox<EmployeeData> to = new ComboBox<>(TEXTS.get("delegations.to"), staff);
        to.setId("toEmployeeId");
        for (ComboBox<EmployeeData> who : List.of(from, to)) {
            who.setItemLabelGenerator(TasksConsole::name);
        }
        IntegerField task = new IntegerField(TEXTS.get("delegations.task"));
        task.setId("taskId");
        task.setHelperText(TEXTS.get("delegations.taskHelp"));
        DatePicker starts = org.cairncrm.console.DateFields.date(TEXTS.get("delegations.starts"), services.today());
        starts.setId("startsOn");
        DatePicker ends = org.cairncrm.console.DateFields.date(TEXTS.get("delegations.ends"), services.today().plusDays(6));
        ends.setId("endsOn");
        ends.setHelperText(TEXTS.get("delegations.endsHelp"));
        Button save = new Button(TEXTS.get("delegations.create"), e -> {
            Map<String, HasValidation> targets = new LinkedHashMap<>();
            targets.put("fromEmployeeId", from);
            targets.put("toEmployeeId", to);
            targets.put("taskId", task);
            targets.put("startsOn", starts);
            targets.put("endsOn", ends);
            try {
                FieldErrors.check(targets);
                DelegationData made = services.delegations.create(new DelegationData(null,
                        from.getValue() == null ? null : from.getValue().id(),
                        to.getValue() == null ? null : to.getValue().id(),
                        task.getValue() == null ? null : task.getValue().longValue(), starts.getValue(),
                        ends.getValue(), null, null));
                Notification.show(TEXTS.get("delegations.made." + made.state()));
                refresh();
            } catch (ValidationException wrong) {
                FieldErrors.show(wrong, targets);
            }
        });
        save.setId("save-delegation");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("delegations");
        grid.addColumn(d -> services.employee(d.fromEmployeeId())).setHeader(TEXTS.get("delegations.from"));
        grid.addColumn(d -> services.employee(d.toEmployeeId())).setHeader(TEXTS.get("delegations.to"));
        grid.addColumn(d -> d.taskId() == null ? TEXTS.get("delegations.allTasks") : "#" + d.taskId())
                .setHeader(TEXTS.get("delegations.what"));
        grid.addColumn(d -> d.startsOn() + " – " + (d.endsOn() == null ? TEXTS.get("delegations.forGood")
                : d.endsOn().toString())).setHeader(TEXTS.get("delegations.when"));
        grid.addColumn(d -> TEXTS.get("delegations.state." + d.state())).setHeader(TEXTS.get("delegations.state"));
        grid.addComponentColumn(d -> {
            Button end = new Button(TEXTS.get("delegations.end"), e -> {
                try {
                    services.delegations.end(d.id());
                    refresh();
                } catch (ConflictException refused) {
                    Notification.show(refused.getMessage());
                }
            });
            end.setId("end-" + d.id());
            end.setVisible("ACTIVE".equals(d.state()) || "PLANNED".equals(d.state()));
            return end;
        });
        ended.setId("delegations-ended");
        ended.addValueChangeListener(e -> refresh());
        FormLayout form = new FormLayout(from, to, starts, ends, task);
        add(new H2(TEXTS.get("delegations.title")), new H3(TEXTS.get("delegations.new")), form, save, ended, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(TasksConsole.get().delegations.list(ended.getValue()));
    }
}
