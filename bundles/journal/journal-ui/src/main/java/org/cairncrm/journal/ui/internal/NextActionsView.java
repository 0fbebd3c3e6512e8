package org.cairncrm.journal.ui.internal;

import static org.cairncrm.journal.ui.internal.JournalConsole.TEXTS;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cairncrm.console.RecordList;
import org.cairncrm.journal.CaseData;
import org.cairncrm.journal.JournalSettings.Kind;
import org.cairncrm.platform.api.access.Access;
import org.cairncrm.platform.api.paging.Filter;
import org.cairncrm.platform.api.paging.PageRequest;
import org.cairncrm.platform.api.paging.Sort;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;

/**
 * The next actions the signed-in user is to do in open cases, soonest due first, overdue ones marked; limited to the
 * overdue ones, today's or the next days' when asked.
 */
public class NextActionsView extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    static final List<String> WITHIN = List.of("overdue", "today", "week", "all");

    public NextActionsView() {
        JournalConsole services = JournalConsole.get();
        setSizeFull();
        setId("next-actions-view");
        add(new H2(TEXTS.get("next.title")));
        long me = Access.signedIn().employeeId();
        RecordList<CaseData> list = new RecordList<>(request -> services.journal.list(mine(request, me)));
        list.setId("next-actions");
        var types = services.labels(Kind.TYPE, null);
        list.addColumn("nextActionDue", TEXTS.get("next.due"), c -> c.nextAction().due()
                + (c.overdueOn(services.today()) ? " ⚠ " + TEXTS.get("next.overdue") : "")).setAutoWidth(true);
        list.addPlainColumn(TEXTS.get("next.what"), c -> c.nextAction().what()).setFlexGrow(3);
        list.addColumn("topic", TEXTS.get("case.topic"), CaseData::topic).setFlexGrow(2);
        list.addPlainColumn(TEXTS.get("case.company"), CaseData::companyName).setFlexGrow(2);
        list.addColumn("type", TEXTS.get("case.type"), c -> types.getOrDefault(c.type(), c.type()));
        list.addColumn("stage", TEXTS.get("case.stage"), c -> services.label(Kind.STAGE, c.type(), c.stage()));
        list.grid().setPartNameGenerator(c -> c.overdueOn(services.today()) ? "overdue" : null);
        ComboBox<String> within = new ComboBox<>(TEXTS.get("next.within"), WITHIN);
        within.setId("next-within");
        within.setItemLabelGenerator(w -> TEXTS.get("next.within." + w));
        within.setValue("all");
        within.addValueChangeListener(e -> list.refresh());
        list.addFilter("within", () -> switch (within.getValue() == null ? "all" : within.getValue()) {
            case "overdue" -> Optional.of(new Filter("nextActionDue", Filter.Op.LT, services.today().toString()));
            case "today" -> Optional.of(new Filter("nextActionDue", Filter.Op.LE, services.today().toString()));
            case "week" -> Optional.of(new Filter("nextActionDue", Filter.Op.LE,
                    services.today().plusDays(7).toString()));
            default -> Optional.empty();
        }, within);
        list.grid().addItemClickListener(click -> UI.getCurrent().navigate(CaseCardView.class,
                new RouteParameters("id", String.valueOf(click.getItem().id()))));
        add(list);
        expand(list);
    }

    /** The request limited to the open cases whose next action is {@code me}'s, soonest due first by default. */
    static PageRequest mine(PageRequest request, long me) {
        List<Filter> filters = new ArrayList<>(request.filters());
        filters.add(Filter.eq("nextActionBy", String.valueOf(me)));
        filters.add(new Filter("closedAt", Filter.Op.NULL, null));
        PageRequest limited = request.withFilters(filters);
        return request.sort().isEmpty() ? limited.withSort(List.of(Sort.asc("nextActionDue"), Sort.asc("id")))
                : limited;
    }
}
