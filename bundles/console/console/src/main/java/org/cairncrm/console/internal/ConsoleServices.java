package org.cairncrm.console.internal;

import java.util.Optional;

import org.cairncrm.platform.api.ModuleRegistry;
import org.cairncrm.platform.api.access.Authenticator;
import org.cairncrm.platform.api.settings.Settings;
import org.cairncrm.platform.api.history.RecordHistory;
import org.cairncrm.platform.people.Accounts;
import org.cairncrm.platform.people.EmployeeGroups;
import org.cairncrm.platform.people.Employees;
import org.cairncrm.platform.people.Roles;

/**
 * The OSGi services the console's views need. Vaadin creates views itself, without OSGi, so the running console
 * puts its services here and views read them.
 */
final class ConsoleServices {

    private static volatile ConsoleServices current;

    private final Authenticator authenticator;
    private final ModuleRegistry modules;
    private final ViewRegistry views;
    private final Accounts accounts;
    private final Settings settings;
    private final Employees employees;
    private final RecordHistory history;
    private final Contributions contributions;
    private EmployeeGroups groups;
    private Roles roles;

    ConsoleServices(Authenticator authenticator, ModuleRegistry modules, ViewRegistry views, Accounts accounts,
                    Settings settings, Employees employees, RecordHistory history, Contributions contributions) {
        this.contributions = contributions;
        this.authenticator = authenticator;
        this.modules = modules;
        this.views = views;
        this.accounts = accounts;
        this.settings = settings;
        this.employees = employees;
        this.history = history;
    }

    /** The administration of groups and roles. */
    ConsoleServices withAdministration(EmployeeGroups employeeGroups, Roles allRoles) {
        this.groups = employeeGroups;
        this.roles = allRoles;
        return this;
    }

    Contributions contributions() {
        return contributions;
    }

    EmployeeGroups groups() {
        return groups;
    }

    Roles roles() {
        return roles;
    }

    Employees employees() {
        return employees;
    }

    Optional<RecordHistory> history() {
        return Optional.ofNullable(history);
    }

    Accounts accounts() {
        return accounts;
    }

    Settings settings() {
        return settings;
    }

    static ConsoleServices get() {
        ConsoleServices services = current;
        if (services == null) {
            throw new IllegalStateException("The console is not running");
        }
        return services;
    }

    static Optional<ConsoleServices> running() {
        return Optional.ofNullable(current);
    }

    static void set(ConsoleServices services) {
        current = services;
    }

    Authenticator authenticator() {
        return authenticator;
    }

    ModuleRegistry modules() {
        return modules;
    }

    ViewRegistry views() {
        return views;
    }
}
