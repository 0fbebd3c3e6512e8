package org.cairncrm.console.internal;

import java.util.Optional;

import java.util.Locale;

import org.cairncrm.platform.api.access.Access;
import org.cairncrm.platform.api.access.Identity;
import org.cairncrm.platform.api.settings.Settings;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.login.LoginOverlay;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;

/** Sign-in with a Cairn account (JAAS realm {@code cairn}); no "remember me". */
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;

    private final LoginOverlay login = new LoginOverlay();

    public LoginView() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Header header = new LoginI18n.Header();
        header.setTitle(Texts.get("login.title"));
        header.setDescription(Texts.get("login.description"));
        i18n.setHeader(header);
        i18n.getForm().setTitle(Texts.get("login.submit"));
        i18n.getForm().setUsername(Texts.get("login.username"));
        i18n.getForm().setPassword(Texts.get("login.password"));
        i18n.getForm().setSubmit(Texts.get("login.submit"));
        i18n.getErrorMessage().setTitle(Texts.get("login.errorTitle"));
        i18n.getErrorMessage().setMessage(Texts.get("login.errorMessage"));
        i18n.setAdditionalInformation(null);
        login.setI18n(i18n);
        login.setForgotPasswordButtonVisible(false);
        login.setOpened(true);
        login.addLoginListener(event -> signIn(event.getUsername(), event.getPassword()));
        add(login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (SignedIn.identity().isPresent()) {
            event.forwardTo(HomeView.class);
        }
    }

    /** The session's idle timeout (global setting) and the user's language (personal setting). */
    static void applySettings(Identity identity) {
        Settings settings = ConsoleServices.get().settings();
        VaadinSession session = VaadinSession.getCurrent();
        try {
            long minutes = Long.parseLong(settings.effective("platform.sessionTimeoutMinutes"));
            session.getSession().setMaxInactiveInterval((int) Math.min(Integer.MAX_VALUE, minutes * 60));
            String language = Access.runAs(identity, () -> settings.effective("ui.language"));
            session.setLocale(Locale.forLanguageTag(language));
        } catch (IllegalArgumentException notDeclared) {
            // the defaults of Jetty and English
        }
    }

    private void signIn(String user, String password) {
        char[] secret = password.toCharArray();
        Optional<Identity> identity;
        try {
            identity = ConsoleServices.get().authenticator().password(user, secret);
        } finally {
            java.util.Arrays.fill(secret, '\0');
        }
        if (identity.isEmpty()) {
            login.setError(true);
            return;
        }
        // a new session id once signed in, so that an id seen before sign-in is worth nothing
        VaadinService.reinitializeSession(VaadinRequest.getCurrent());
        SignedIn.set(identity.get());
        applySettings(identity.get());
        login.setOpened(false);
        if (identity.get().mustChangePassword()) {
            UI.getCurrent().navigate(PasswordView.class);
        } else {
            UI.getCurrent().navigate(HomeView.class);
        }
    }
}
