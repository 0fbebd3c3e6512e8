package org.cairncrm.platform.people.internal.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "cairn", name = "account-lock", description = "Locks an account: no sign-in until it is unlocked")
@Service
public class AccountLockCommand extends AccountCommand {

    @Argument(index = 0, name = "login", required = true, description = "the account's login")
    private String login;

    @Override
    protected void run() {
        accounts.lock(login);
        System.out.println("Account '" + login + "' locked.");
    }
}
