package org.cairncrm.console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Asks before something that cannot be undone (a deletion), the same way everywhere:
 *
 * <pre>{@code
 * Confirm.ask("Delete the group Night shift?", "Delete", () -> groups.delete(id));
 * }</pre>
 */
public final class Confirm {

    private Confirm() {
    }

    /**
     * Opens the question; {@code action} runs only when the user confirms (the dialog closes first, so the action
     * may open notices or navigate).
     */
    public static Dialog ask(String question, String confirmLabel, Runnable action) {
        Dialog dialog = new Dialog();
        dialog.setId("confirm");
        dialog.add(new Paragraph(question));
        Button yes = new Button(confirmLabel, e -> {
            dialog.close();
            action.run();
        });
        yes.setId("confirm-yes");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button no = new Button(org.cairncrm.console.internal.Hooks.text("cancel"), e -> dialog.close());
        no.setId("confirm-no");
        dialog.getFooter().add(no, yes);
        dialog.open();
        return dialog;
    }
}
