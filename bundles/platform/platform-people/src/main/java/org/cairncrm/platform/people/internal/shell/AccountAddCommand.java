package org.cairncrm.platform.people.internal.shell;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "cairn", name = "account-add",
        description = "Adds an employee with an account; asks for the password twice, without echoing it")
@Service
public class AccountAddCommand extends AccountCommand {

    @Argument(index = 0, name = "login", required = true, description = "the account's login")
    private String login;

    @Argument(index = 1, name = "firstName", required = true, description = "the employee's first name")
    private String firstName;

    @Argument(index = 2, name = "lastName", required = true, description = "the employee's last name")
    private String lastName;

    @Option(name = "-r", aliases = "--role", multiValued = true, description = "a role to grant (repeatable)")
    private List<String> roles;

    @Override
    protected void run() throws java.io.IOException {
        Set<String> granted = roles == null ? Set.of() : new LinkedHashSet<>(roles);
        withNewPassword(password -> {
            long id = accounts.create(login, firstName, lastName, password, granted);
            System.out.println("Account '" + login + "' created (id " + id + ")" + (granted.isEmpty() ? ""
                    : " with roles " + String.join(", ", granted)) + ".");
        });
    }
}
