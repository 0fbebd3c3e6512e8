package org.cairncrm.journal.ui.internal;

import static org.cairncrm.journal.ui.internal.JournalConsole.TEXTS;

import java.util.List;
import java.util.Optional;

import org.cairncrm.console.RecordList;
import org.cairncrm.journal.CaseData;
import org.cairncrm.journal.Journal;
import org.cairncrm.journal.JournalSettings.Kind;
import org.cairncrm.platform.api.RecordRef;
import org.cairncrm.platform.api.access.Access;
import org.cairncrm.platform.api.paging.Filter;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;

/** Every case the user may see: quick search, open/overdue/mine filters, type and status; a click opens the card. */
public class CasesView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    public CasesView() {
        JournalConsole services = JournalConsole.get();
        setSizeFull();
        setId("cases-view");
        add(new H2(TEXTS.get("cases.title")));
        RecordList<CaseData> list = new RecordList<>(services.journal::list);
        list.setId("cases");
        var types = services.labels(Kind.TYPE, null);
        var statuses = services.labels(Kind.STATUS, null);
        list.addColumn("topic", TEXTS.get("case.topic"), CaseData::topic).setFlexGrow(3);
        list.addPlainColumn(TEXTS.get("case.company"), CaseData::companyName).setFlexGrow(2);
        list.addColumn("type", TEXTS.get("case.type"), c -> types.getOrDefault(c.type(), c.type()));
        list.addColumn("status", TEXTS.get("case.status"), c -> statuses.getOrDefault(c.status(), c.status()));
        list.addColumn("stage", TEXTS.get("case.stage"), c -> services.label(Kind.STAGE, c.type(), c.stage()));
        list.addColumn("nextActionDue", TEXTS.get("next.due"), c -> c.nextAction() == null || c.closedAt() != null
                ? "" : c.nextAction().due() + (c.overdueOn(services.today()) ? " ⚠ " + TEXTS.get("next.overdue")
                : "")).setAutoWidth(true);
        list.addPlainColumn(TEXTS.get("next.what"), c -> c.nextAction() == null || c.closedAt() != null ? ""
                : c.nextAction().what()).setFlexGrow(2);
        Checkbox open = new Checkbox(TEXTS.get("cases.openOnly"), true);
        open.setId("cases-open");
        list.addFilter("open", () -> open.getValue() ? Optional.of(new Filter("closedAt", Filter.Op.NULL, null))
                : Optional.empty(), open);
        Checkbox overdue = new Checkbox(TEXTS.get("cases.overdue"));
        overdue.setId("cases-overdue");
        list.addFilter("overdue", () -> overdue.getValue() ? Optional.of(new Filter("nextActionDue", Filter.Op.LT,
                services.today().toString())) : Optional.empty(), overdue);
        Checkbox mine = new Checkbox(TEXTS.get("cases.mine"));
        mine.setId("cases-mine");
        list.addFilter("mine", () -> mine.getValue() ? Optional.of(Filter.eq("ownerId",
                String.valueOf(Access.signedIn().employeeId()))) : Optional.empty(), mine);
        ComboBox<String> type = list.addChoiceFilter("type", TEXTS.get("case.type"), List.copyOf(types.keySet()));
        type.setItemLabelGenerator(c -> types.getOrDefault(c, c));
        ComboBox<String> status = list.addChoiceFilter("status", TEXTS.get("case.status"),
                List.copyOf(statuses.keySet()));
        status.setItemLabelGenerator(c -> statuses.getOrDefault(c, c));
        for (Checkbox box : List.of(open, overdue, mine)) {
            box.addValueChangeListener(e -> list.refresh());
        }
        list.enableContributedActions(Journal.CASE_TYPE, c -> new RecordRef(Journal.CASE_TYPE, c.id()));
        list.grid().addItemClickListener(click -> UI.getCurrent().navigate(CaseCardView.class,
                new RouteParameters("id", String.valueOf(click.getItem().id()))));
        if (Access.has(Journal.CREATE)) {
            Button create = new Button(TEXTS.get("cases.new"), e -> UI.getCurrent().navigate(CaseCardView.class,
                    new RouteParameters("id", CaseCardView.NEW)));
            create.setId("new-case");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new HorizontalLayout(create));
        }
        add(list);
        expand(list);
    }
}
