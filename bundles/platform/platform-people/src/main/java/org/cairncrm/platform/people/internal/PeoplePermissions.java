package org.cairncrm.platform.people.internal;

import java.util.List;

import org.cairncrm.platform.api.access.Permission;
import org.cairncrm.platform.api.access.PermissionContribution;
import org.osgi.service.component.annotations.Component;

/** The keys of the people module. Everyone signed in may read their own profile, tokens and settings. */
@Component
public class PeoplePermissions implements PermissionContribution {

    static final String EMPLOYEE_READ = "people.employee.read";
    static final String EMPLOYEE_WRITE = "people.employee.write";
    static final String EMPLOYEE_DELETE = "people.employee.delete";
    static final String ACCOUNT_READ = "people.account.read";
    static final String ACCOUNT_MANAGE = "people.account.manage";
    static final String GROUP_READ = "people.group.read";
    static final String GROUP_MANAGE = "people.group.manage";
    static final String ROLE_READ = "people.role.read";
    static final String ROLE_MANAGE = "people.role.manage";
    static final String LINE_MANAGE = "people.line.manage";
    static final String SETTINGS_MANAGE = "people.settings.manage";

    @Override
    public String module() {
        return "people";
    }

    @Override
    public List<Permission> permissions() {
        return List.of(
                new Permission(EMPLOYEE_READ, "See employees", "GET /api/people/employees, history"),
                new Permission(EMPLOYEE_WRITE, "Add and change employees", "POST, PUT /api/people/employees"),
                new Permission(EMPLOYEE_DELETE, "Delete employees", "DELETE /api/people/employees/{id}"),
                new Permission(ACCOUNT_READ, "See accounts", "GET /api/people/accounts, history"),
                new Permission(ACCOUNT_MANAGE, "Add, lock, unlock accounts and set their passwords",
                        "POST, PUT, DELETE /api/people/accounts"),
                new Permission(GROUP_READ, "See employee groups", "GET /api/people/groups, history"),
                new Permission(GROUP_MANAGE, "Add, change and delete employee groups",
                        "POST, PUT, DELETE /api/people/groups"),
                new Permission(ROLE_READ, "See roles, grants and permission keys",
                        "GET /api/people/roles, /grants, /permissions"),
                new Permission(ROLE_MANAGE, "Change roles and grant them", "POST, PUT, DELETE /api/people/roles, "
                        + "/grants"),
                new Permission(LINE_MANAGE, "Add and change lines of business", "POST, PUT /api/people/lines"),
                new Permission(SETTINGS_MANAGE, "Change global settings", "PUT, DELETE /api/people/settings/global"),
                new Permission(SelectionStore.MANAGE, "Delete anyone's selections and saved filters",
                        "DELETE /api/people/selections/{id}, /saved-filters/{id}"));
    }
}
