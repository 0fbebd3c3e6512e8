package org.cairncrm.platform.people.internal.shell;

import org.cairncrm.platform.people.EmployeeData;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cairncrm.platform.api.error.FieldError;
import org.cairncrm.platform.api.error.ValidationException;
import org.cairncrm.platform.people.EmployeeData;
import org.cairncrm.platform.people.internal.EmployeeRegister;

@Command(scope = "cairn", name = "employee-add", description = "Adds an employee (without an account)")
@Service
public class EmployeeAddCommand implements Action {

    @Reference
    private EmployeeRegister employees;

    @Argument(index = 0, name = "firstName", required = true)
    private String firstName;

    @Argument(index = 1, name = "lastName", required = true)
    private String lastName;

    @Option(name = "-e", aliases = "--email")
    private String email;

    @Option(name = "-d", aliases = "--department")
    private String department;

    @Option(name = "-p", aliases = "--position")
    private String position;

    @Override
    public Object execute() {
        try {
            EmployeeData created = employees.create(new EmployeeData(null, null, firstName, lastName, position,
                    department, email, null, null, null, null, true, null, null));
            System.out.println("Employee " + created.fullName() + " added (id "
                    + created.id() + ").");
        } catch (ValidationException e) {
            for (FieldError error : e.fieldErrors()) {
                System.err.println(error.field() + ": " + error.message());
            }
            System.err.println("Nothing was changed.");
        }
        return null;
    }
}
