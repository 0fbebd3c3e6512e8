package org.cairncrm.platform.people.internal.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "cairn", name = "account-unlock", description = "Unlocks an account, also after too many wrong passwords")
@Service
public class AccountUnlockCommand extends AccountCommand {

    @Argument(index = 0, name = "login", required = true, description = "the account's login")
    private String login;

    @Override
    protected void run() {
        accounts.unlock(login);
        System.out.println("Account '" + login + "' unlocked.");
    }
}
