package org.cairncrm.journal.ui.internal;

import static org.cairncrm.journal.ui.internal.JournalConsole.TEXTS;

import java.util.List;
import java.util.Optional;

import org.cairncrm.console.DashboardCard;
import org.cairncrm.journal.CaseData;
import org.cairncrm.journal.Journal;
import org.cairncrm.platform.api.access.Access;
import org.cairncrm.platform.api.paging.Filter;
import org.cairncrm.platform.api.paging.PageRequest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;

/** "My next actions" on the home page: the overdue ones and those due in the next three days. */
@org.osgi.service.component.annotations.Component(service = DashboardCard.class)
public class NextActionsCard implements DashboardCard {

    static final int SOON_DAYS = 3;
    static final int SHOWN = 8;

    @Activate
    public NextActionsCard(@Reference JournalConsole services) {
        // waits for the journal services
    }

    @Override
    public String title() {
        return TEXTS.get("card.title");
    }

    @Override
    public Optional<String> permission() {
        return Optional.of(Journal.READ);
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create() {
        JournalConsole services = JournalConsole.get();
        var today = services.today();
        PageRequest soon = NextActionsView.mine(new PageRequest(0, SHOWN, List.of(), List.of(new Filter(
                "nextActionDue", Filter.Op.LE, today.plusDays(SOON_DAYS).toString())), Optional.empty()),
                Access.signedIn().employeeId());
        var page = services.journal.list(soon);
        VerticalLayout card = new VerticalLayout();
        card.setId("next-actions-card");
        card.setPadding(false);
        card.setSpacing(false);
        if (page.items().isEmpty()) {
            card.add(new Span(TEXTS.get("card.none")));
        }
        long overdue = page.items().stream().filter(c -> c.overdueOn(today)).count();
        if (overdue > 0) {
            Span warning = new Span(TEXTS.get("card.overdue", overdue));
            warning.setId("next-actions-overdue");
            warning.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "bold");
            card.add(warning);
        }
        for (CaseData c : page.items()) {
            card.add(line(c, c.overdueOn(today)));
        }
        Button all = new Button(TEXTS.get("card.all", page.total()), e -> UI.getCurrent().navigate(
                NextActionsView.class));
        all.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        all.setId("next-actions-all");
        card.add(all);
        return card;
    }

    private static Component line(CaseData c, boolean overdue) {
        Span due = new Span(c.nextAction().due().toString() + (overdue ? " ⚠ " + TEXTS.get("next.overdue") : ""));
        if (overdue) {
            due.getStyle().set("color", "var(--lumo-error-text-color)");
        }
        Button open = new Button(c.nextAction().what() + " — " + c.topic() + (c.companyName() == null ? ""
                : " (" + c.companyName() + ")"), e -> UI.getCurrent().navigate(CaseCardView.class,
                new RouteParameters("id", String.valueOf(c.id()))));
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        open.addClassName("next-action");
        HorizontalLayout line = new HorizontalLayout(due, open);
        line.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        return line;
    }
}
