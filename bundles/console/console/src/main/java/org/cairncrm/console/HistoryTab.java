package org.cairncrm.console;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.cairncrm.platform.api.history.Change;
import org.cairncrm.platform.api.history.RecordHistory;
import org.cairncrm.platform.api.history.Trail;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The change history of one record on its card: who changed which field from what to what, newest first. */
public class HistoryTab extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    /**
     * @param history    the platform's history service (empty when it is not running)
     * @param module     the record's module, {@code people}
     * @param collection its REST collection, {@code employees}
     */
    public HistoryTab(Optional<RecordHistory> history, String module, String collection, long id) {
        setSizeFull();
        setPadding(false);
        Grid<Change> grid = new Grid<>();
        grid.setId("history");
        grid.addColumn(c -> WHEN.format(c.at())).setHeader("When").setAutoWidth(true);
        grid.addColumn(Change::by).setHeader("Who").setAutoWidth(true);
        grid.addColumn(Change::action).setHeader("What").setAutoWidth(true);
        grid.addColumn(Change::field).setHeader("Field").setAutoWidth(true);
        grid.addColumn(Change::oldValue).setHeader("Before");
        grid.addColumn(Change::newValue).setHeader("After");
        List<Change> changes = history.flatMap(h -> h.of(module, collection, id)).map(Trail::changes)
                .orElse(List.of());
        grid.setItems(changes);
        add(grid);
    }
}
