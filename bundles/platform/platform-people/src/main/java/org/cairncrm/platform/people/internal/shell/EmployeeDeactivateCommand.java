package org.cairncrm.platform.people.internal.shell;

import org.cairncrm.platform.people.EmployeeData;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cairncrm.platform.api.error.RecordNotFoundException;
import org.cairncrm.platform.people.EmployeeData;
import org.cairncrm.platform.people.internal.EmployeeRegister;

@Command(scope = "cairn", name = "employee-deactivate",
        description = "Marks an employee as no longer active (their records and history stay)")
@Service
public class EmployeeDeactivateCommand implements Action {

    @Reference
    private EmployeeRegister employees;

    @Argument(index = 0, name = "id", required = true, description = "the employee's id (cairn:employee-list)")
    private long id;

    @Override
    public Object execute() {
        try {
            EmployeeData e = employees.get(id);
            employees.update(id, new EmployeeData(e.id(), e.version(), e.firstName(), e.lastName(), e.position(),
                    e.department(), e.email(), e.phone(), e.mobile(), e.birthday(), e.nameDay(), false,
                    e.supervisorId(), null));
            System.out.println("Employee " + e.fullName() + " is no longer active.");
        } catch (RecordNotFoundException e) {
            System.err.println(e.getMessage());
        }
        return null;
    }
}
