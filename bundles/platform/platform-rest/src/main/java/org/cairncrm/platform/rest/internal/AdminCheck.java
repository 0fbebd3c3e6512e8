package org.cairncrm.platform.rest.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;

/**
 * HTTP Basic check of an administrator against a JAAS realm. Until Cairn's own accounts exist this is Karaf's
 * {@code karaf} realm ({@code etc/users.properties}); the realm and the role are configurable.
 */
final class AdminCheck {

    private final String realm;
    private final String role;

    AdminCheck(String realm, String role) {
        this.realm = realm;
        this.role = role;
    }

    /** Answers the administrator's login, or throws 401 (no or wrong credentials) or 403 (not an administrator). */
    String requireAdmin(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw unauthorized("Sign in with HTTP Basic as an administrator");
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw unauthorized("Malformed Basic credentials");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw unauthorized("Malformed Basic credentials");
        }
        String login = decoded.substring(0, colon);
        char[] password = decoded.substring(colon + 1).toCharArray();
        Subject subject = new Subject();
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(AdminCheck.class.getClassLoader());
        try {
            new LoginContext(realm, subject, callbacks -> {
                for (var callback : callbacks) {
                    if (callback instanceof NameCallback name) {
                        name.setName(login);
                    } else if (callback instanceof PasswordCallback pass) {
                        pass.setPassword(password);
                    } else {
                        throw new UnsupportedCallbackException(callback);
                    }
                }
            }).login();
        } catch (LoginException e) {
            throw unauthorized("Wrong login or password");
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
            java.util.Arrays.fill(password, '\0');
        }
        boolean admin = subject.getPrincipals(RolePrincipal.class).stream().anyMatch(r -> r.getName().equals(role));
        if (!admin) {
            throw new WebApplicationException(
                    ErrorResponses.body(403, "Only administrators may see this", List.of()));
        }
        return login;
    }

    private static WebApplicationException unauthorized(String message) {
        Response response = Response.fromResponse(ErrorResponses.body(401, message, List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"cairn\", charset=\"UTF-8\"")
                .build();
        return new WebApplicationException(response);
    }
}
