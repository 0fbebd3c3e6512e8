package org.cairncrm.platform.people.internal;

import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.cairncrm.platform.people.Accounts;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/** Checks a login and password against Cairn's accounts; the principals are the login and the account's roles. */
public class CairnLoginModule implements LoginModule {

    /** The roles of Karaf's {@code admingroup} besides {@code admin} itself. */
    static final List<String> KARAF_ADMIN_ROLES = List.of("manager", "viewer", "systembundles", "ssh");

    private Subject subject;
    private CallbackHandler callbacks;
    private BundleContext context;
    private final List<Principal> principals = new ArrayList<>();

    @Override
    public void initialize(Subject subject, CallbackHandler callbackHandler, Map<String, ?> sharedState,
                           Map<String, ?> options) {
        this.subject = subject;
        this.callbacks = callbackHandler;
        this.context = (BundleContext) options.get(BundleContext.class.getName());
    }

    @Override
    public boolean login() throws LoginException {
        NameCallback name = new NameCallback("Login: ");
        PasswordCallback password = new PasswordCallback("Password: ", false);
        try {
            callbacks.handle(new Callback[] {name, password});
        } catch (IOException | UnsupportedCallbackException e) {
            throw new LoginException("Cannot ask for login and password: " + e.getMessage());
        }
        char[] secret = password.getPassword() == null ? new char[0] : password.getPassword();
        try {
            ServiceReference<Accounts> reference = context.getServiceReference(Accounts.class);
            Accounts accounts = reference == null ? null : context.getService(reference);
            if (accounts == null) {
                throw new LoginException("Accounts are not available");
            }
            try {
                if (accounts.signIn(name.getName(), secret) instanceof Accounts.SignedIn in) {
                    principals.add(new UserPrincipal(in.login()));
                    in.roles().forEach(r -> principals.add(new RolePrincipal(r)));
                    if (in.roles().contains(Role.ADMIN)) {
                        // what Karaf's own admin group carries: the shell's command rules (bundle:update, restart,
                        // stop need 'manager'; system bundles 'systembundles') ask for these role names
                        KARAF_ADMIN_ROLES.forEach(r -> principals.add(new RolePrincipal(r)));
                    }
                    return true;
                }
            } finally {
                context.ungetService(reference);
            }
            // one message for every refusal: a caller learns nothing about which logins exist
            throw new FailedLoginException("Wrong login or password, or the account is locked");
        } finally {
            Arrays.fill(secret, '\0');
            password.clearPassword();
        }
    }

    @Override
    public boolean commit() {
        subject.getPrincipals().addAll(principals);
        return !principals.isEmpty();
    }

    @Override
    public boolean abort() {
        principals.clear();
        return true;
    }

    @Override
    public boolean logout() {
        subject.getPrincipals().removeAll(principals);
        principals.clear();
        return true;
    }
}
