package org.cairncrm.platform.people.internal.shell;

import org.cairncrm.platform.people.EmployeeData;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cairncrm.platform.api.paging.PageRequest;
import org.cairncrm.platform.people.EmployeeData;
import org.cairncrm.platform.people.internal.EmployeeRegister;

@Command(scope = "cairn", name = "employee-list", description = "Lists employees, optionally those matching a text")
@Service
public class EmployeeListCommand implements Action {

    @Reference
    private EmployeeRegister employees;

    @Argument(index = 0, name = "text", description = "part of a name, e-mail, department or position")
    private String text;

    @Override
    public Object execute() {
        var page = employees.list(PageRequest.parse("0", "500", null, List.of(), text));
        System.out.printf("%-6s %-30s %-25s %-25s %s%n", "Id", "Name", "Department", "Position", "Active");
        for (EmployeeData e : page.items()) {
            System.out.printf("%-6d %-30s %-25s %-25s %s%n", e.id(), e.fullName(),
                    e.department() == null ? "" : e.department(), e.position() == null ? "" : e.position(),
                    Boolean.FALSE.equals(e.active()) ? "no" : "yes");
        }
        System.out.println(page.total() + " employee(s)");
        return null;
    }
}
