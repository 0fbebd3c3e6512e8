package org.cairncrm.platform.people.internal.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.console.Session;
import org.cairncrm.platform.api.error.FieldError;
import org.cairncrm.platform.api.error.ValidationException;
import org.cairncrm.platform.people.Accounts;

/** What the cairn:account-* commands share: the accounts, reading a new password, reporting field errors. */
abstract class AccountCommand implements Action {

    @Reference
    protected Accounts accounts;

    @Reference
    private Session session;

    @Override
    public Object execute() throws Exception {
        try {
            run();
        } catch (ValidationException e) {
            for (FieldError error : e.fieldErrors()) {
                System.err.println(error.field() + ": " + error.message());
            }
            System.err.println("Nothing was changed.");
        }
        return null;
    }

    protected abstract void run() throws IOException;

    /**
     * Asks for a new password twice and hands it to {@code use}; the characters are wiped afterwards. At a console
     * the password is typed without echo; in a script (bin/client -b) it is the next input line.
     */
    protected void withNewPassword(PasswordUse use) throws IOException {
        BufferedReader script = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        char[] first = readSecret("Password: ", script);
        char[] second = readSecret("Password again: ", script);
        try {
            if (!Arrays.equals(first, second)) {
                System.err.println("The two passwords differ; nothing was changed.");
                return;
            }
            use.accept(first);
        } finally {
            Arrays.fill(first, '\0');
            Arrays.fill(second, '\0');
        }
    }

    interface PasswordUse {
        void accept(char[] password);
    }

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
