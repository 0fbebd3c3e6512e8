package org.cairncrm.console.internal;

import java.text.MessageFormat;
import java.util.List;

import org.cairncrm.console.DashboardCard;
import org.cairncrm.platform.api.access.Access;
import org.cairncrm.platform.api.access.Identity;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The start page: the dashboard of cards the installed modules contribute. */
public class HomeView extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(HomeView.class);

    private final Div board = new Div();

    public HomeView() {
        setId("home");
        Identity identity = SignedIn.identity().orElse(null);
        add(new H2(MessageFormat.format(Texts.get("home.welcome"), identity == null ? "" : identity.login())), board);
        board.setId("dashboard");
        showCards();
        Hooks.followContributions(this, this::showCards);
    }

    /** The cards of the modules installed now. */
    private void showCards() {
        board.removeAll();
        Identity identity = SignedIn.identity().orElse(null);
        List<DashboardCard> cards = identity == null ? List.of()
                : ConsoleServices.get().contributions().cardsFor(identity);
        if (cards.isEmpty()) {
            board.add(new Paragraph(Texts.get("home.noCards")));
            return;
        }
        FlexLayout row = new FlexLayout();
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "var(--lumo-space-m)");
        for (DashboardCard card : cards) {
            Div box = new Div(new H3(card.title()), content(card, identity));
            box.addClassName("dashboard-card");
            box.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)")
                    .set("border-radius", "var(--lumo-border-radius-l)").set("padding", "var(--lumo-space-m)")
                    .set("min-width", "18em");
            row.add(box);
        }
        board.add(row);
    }

    /** The card's content; a card that fails says so in its place and leaves the others be. */
    private static com.vaadin.flow.component.Component content(DashboardCard card, Identity identity) {
        try {
            return Access.runAs(identity, card::create);
        } catch (RuntimeException failed) {
            LOG.warn("The dashboard card '{}' ({}) failed", card.title(), card.getClass().getName(), failed);
            Paragraph note = new Paragraph(Texts.get("home.cardFailed"));
            note.addClassName("card-failed");
            note.getStyle().set("color", "var(--lumo-error-text-color)");
            return note;
        }
    }
}
