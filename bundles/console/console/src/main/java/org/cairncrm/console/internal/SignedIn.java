package org.cairncrm.console.internal;

import java.util.Optional;

import org.cairncrm.platform.api.access.Identity;

import com.vaadin.flow.server.VaadinSession;

/** Who is signed in to a console session: kept in the HTTP session, checked and refreshed on every request. */
final class SignedIn {

    static final String ATTRIBUTE = "cairn.identity";

    private SignedIn() {
    }

    static Optional<Identity> identity() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable((Identity) session.getSession().getAttribute(ATTRIBUTE));
    }

    static void set(Identity identity) {
        VaadinSession.getCurrent().getSession().setAttribute(ATTRIBUTE, identity);
    }

    static void signOut() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getSession() != null) {
            session.getSession().removeAttribute(ATTRIBUTE);
            session.getSession().invalidate();
        }
    }
}
