package org.cairncrm.console.internal;

import org.cairncrm.platform.api.access.Identity;
import org.cairncrm.platform.api.error.FieldError;
import org.cairncrm.platform.api.error.ValidationException;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

/** Choosing a new password: forced after a first or reset password, offered in the user menu otherwise. */
public class PasswordView extends VerticalLayout implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;

    private final PasswordField current = new PasswordField(Texts.get("password.current"));
    private final PasswordField replacement = new PasswordField(Texts.get("password.new"));
    private final PasswordField repeat = new PasswordField(Texts.get("password.repeat"));

    public PasswordView() {
        setMaxWidth("28em");
        add(new H2(Texts.get("password.title")));
        if (SignedIn.identity().map(Identity::mustChangePassword).orElse(false)) {
            add(new Paragraph(Texts.get("password.required")));
        }
        current.setId("current-password");
        replacement.setId("new-password");
        repeat.setId("repeat-password");
        for (PasswordField field : new PasswordField[] {current, replacement, repeat}) {
            field.setWidthFull();
            field.setRevealButtonVisible(false);
        }
        Button save = new Button(Texts.get("password.save"), e -> save());
        save.setId("save-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(current, replacement, repeat, save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (SignedIn.identity().isEmpty()) {
            event.forwardTo(LoginView.class);
        }
    }

    private void save() {
        current.setInvalid(false);
        replacement.setInvalid(false);
        repeat.setInvalid(false);
        if (!replacement.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(Texts.get("password.differ"));
            repeat.setInvalid(true);
            return;
        }
        Identity identity = SignedIn.identity().orElseThrow();
        try {
            ConsoleServices.get().accounts().changeOwnPassword(identity.login(),
                    current.getValue().toCharArray(), replacement.getValue().toCharArray());
        } catch (ValidationException e) {
            for (FieldError error : e.fieldErrors()) {
                PasswordField field = error.field().equals("currentPassword") ? current : replacement;
                field.setErrorMessage(error.message());
                field.setInvalid(true);
            }
            return;
        }
        // the old sign-in ended with the old password: sign in again with the new one
        ConsoleServices.get().authenticator().password(identity.login(), replacement.getValue().toCharArray())
                .ifPresent(SignedIn::set);
        Notification.show(Texts.get("password.saved"));
        UI.getCurrent().navigate(HomeView.class);
    }
}
