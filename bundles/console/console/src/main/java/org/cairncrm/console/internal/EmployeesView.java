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
        list.enableContributedActions("people.employee",
                e -> new org.cairncrm.platform.api.RecordRef("people.employee", e.id()));
        list.grid().addItemClickListener(click -> UI.getCurrent().navigate(EmployeeCardView.class,
                new RouteParameters("id", String.valueOf(click.getItem().id()))));
        add(list);
        expand(list);
    }
}
