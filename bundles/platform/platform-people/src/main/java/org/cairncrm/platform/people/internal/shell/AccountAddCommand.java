package org.cairncrm.platform.people.internal.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.cairncrm.platform.api.error.FieldError;
import org.cairncrm.platform.api.error.ValidationException;
import org.cairncrm.platform.people.Accounts;

@Command(scope = "cairn", name = "account-add",
        description = "Adds an employee with an account; asks for the password twice, without echoing it")
@Service
public class AccountAddCommand implements Action {

    @Argument(index = 0, name = "login", required = true, description = "the account's login")
    private String login;

    @Argument(index = 1, name = "firstName", required = true, description = "the employee's first name")
    private String firstName;

    @Argument(index = 2, name = "lastName", required = true, description = "the employee's last name")
    private String lastName;

    @Option(name = "-r", aliases = "--role", multiValued = true, description = "a role to grant (repeatable)")
    private List<String> roles;

    @Reference
    private Accounts accounts;

    @Reference
    private Session session;

    @Override
    public Object execute() throws Exception {
        BufferedReader script = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        char[] first = readSecret("Password: ", script);
        char[] second = readSecret("Password again: ", script);
        try {
            if (!Arrays.equals(first, second)) {
                System.err.println("The two passwords differ; nothing was changed.");
                return null;
            }
            Set<String> granted = roles == null ? Set.of() : new LinkedHashSet<>(roles);
            long id = accounts.create(login, firstName, lastName, first, granted);
            System.out.println("Account '" + login + "' created (id " + id + ")" + (granted.isEmpty() ? ""
                    : " with roles " + String.join(", ", granted)) + ".");
        } catch (ValidationException e) {
            for (FieldError error : e.fieldErrors()) {
                System.err.println(error.field() + ": " + error.message());
            }
            System.err.println("Nothing was changed.");
        } finally {
            Arrays.fill(first, '\0');
            Arrays.fill(second, '\0');
        }
        return null;
    }

    /** At a console the password is typed without echo; in a script (bin/client -b) it is the next input line. */
    private char[] readSecret(String prompt, BufferedReader script) throws IOException {
        String line;
        try {
            line = session.readLine(prompt, '*');
        } catch (UnsupportedOperationException headless) {
            line = script.readLine();
        }
        return line == null ? new char[0] : line.toCharArray();
    }
}
