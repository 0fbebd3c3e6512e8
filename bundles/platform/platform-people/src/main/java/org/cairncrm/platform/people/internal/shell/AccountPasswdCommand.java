package org.cairncrm.platform.people.internal.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "cairn", name = "account-passwd",
        description = "Sets an account's password (asked twice, not echoed); its owner must change it at the next "
                + "console sign-in. Also clears a lockout.")
@Service
public class AccountPasswdCommand extends AccountCommand {

    @Argument(index = 0, name = "login", required = true, description = "the account's login")
    private String login;

    @Override
    protected void run() throws java.io.IOException {
        withNewPassword(password -> {
            accounts.setPassword(login, password, true);
            System.out.println("Password of '" + login + "' set; its owner must change it at the next sign-in.");
        });
    }
}
