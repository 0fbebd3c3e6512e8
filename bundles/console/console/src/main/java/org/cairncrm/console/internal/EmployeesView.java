package org.cairncrm.console.internal;

import org.cairncrm.console.RecordList;
import org.cairncrm.platform.people.EmployeeData;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;

/** Administration: every employee, paged lazily; a click opens the employee's card. */
public class EmployeesView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    public EmployeesView() {
        setSizeFull();
        add(new H2(Texts.get("employees.title")));
        RecordList<EmployeeData> list = new RecordList<>(ConsoleServices.get().employees()::list);
        list.setId("employees");
        list.addColumn("lastName", Texts.get("employees.lastName"), EmployeeData::lastName);
        list.addColumn("firstName", Texts.get("employees.firstName"), EmployeeData::firstName);
        list.addColumn("department", Texts.get("employees.department"), EmployeeData::department);
        list.addColumn("position", Texts.get("employees.position"), EmployeeData::position);
        list.addColumn("email", Texts.get("employees.email"), EmployeeData::email);
        list.addColumn("active", Texts.get("employees.active"),
                e -> Boolean.FALSE.equals(e.active()) ? Texts.get("no") : Texts.get("yes"));
        list.addTextFilter("department", Texts.get("employees.department"));
        list.addChoiceFilter("active", Texts.get("employees.active"), java.util.List.of("true", "false"));
        list.enableContributedActions("people.employee",
                e -> new org.cairncrm.platform.api.RecordRef("people.employee", e.id()));
        list.grid().addItemClickListener(click -> UI.getCurrent().navigate(EmployeeCardView.class,
                new RouteParameters("id", String.valueOf(click.getItem().id()))));
        if (SignedIn.identity().map(i -> i.has("people.employee.write")).orElse(false)) {
            com.vaadin.flow.component.button.Button create = new com.vaadin.flow.component.button.Button(
                    Texts.get("employees.new"), e -> create());
            create.setId("new-employee");
            add(create);
        }
        add(list);
        expand(list);
    }

    /** A new employee from first and last name; the card opens for the rest. */
    private void create() {
        com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setHeaderTitle(Texts.get("employees.new"));
        com.vaadin.flow.component.textfield.TextField first = new com.vaadin.flow.component.textfield.TextField(
                Texts.get("employees.firstName"));
        first.setId("new-first-name");
        com.vaadin.flow.component.textfield.TextField last = new com.vaadin.flow.component.textfield.TextField(
                Texts.get("employees.lastName"));
        last.setId("new-last-name");
        com.vaadin.flow.component.button.Button save = new com.vaadin.flow.component.button.Button(
                Texts.get("card.save"), e -> {
                    try {
                        EmployeeData created = Hooks.asCaller(() -> ConsoleServices.get().employees().create(
                                new EmployeeData(null, null, first.getValue(), last.getValue(), null, null, null,
                                        null, null, null, null, true, null, null)));
                        dialog.close();
                        UI.getCurrent().navigate(EmployeeCardView.class,
                                new RouteParameters("id", String.valueOf(created.id())));
                    } catch (org.cairncrm.platform.api.error.ValidationException invalid) {
                        org.cairncrm.console.FieldErrors.show(invalid,
                                java.util.Map.of("firstName", first, "lastName", last));
                    }
                });
        save.setId("save-employee");
        dialog.add(new com.vaadin.flow.component.formlayout.FormLayout(first, last));
        dialog.getFooter().add(new com.vaadin.flow.component.button.Button(Texts.get("cancel"), e -> dialog.close()),
                save);
        dialog.open();
    }
}
