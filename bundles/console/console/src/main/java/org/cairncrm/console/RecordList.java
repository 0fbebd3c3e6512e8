package org.cairncrm.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.cairncrm.platform.api.RecordRef;
import org.cairncrm.platform.api.paging.Filter;
import org.cairncrm.platform.api.paging.Page;
import org.cairncrm.platform.api.paging.PageRequest;
import org.cairncrm.platform.api.paging.Sort;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.ValueProvider;

/**
 * The one list of Cairn: a grid that loads page by page from the platform's paging API (so 100,000 rows scroll
 * without being loaded), sorts by clicking a column header, narrows with the quick search, and lets the user mark
 * rows one by one, as a range (dragging over the checkboxes) or all rows that match.
 *
 * <pre>{@code
 * RecordList<EmployeeData> list = new RecordList<>(employees::list);
 * list.addColumn("lastName", "Last name", EmployeeData::lastName);
 * }</pre>
 *
 * @param <T> the row type
 */
public class RecordList<T> extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final Grid<T> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Checkbox allMatching = new Checkbox();
    private final Span count = new Span();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final Map<ListActionContribution, Button> contributedActions = new java.util.LinkedHashMap<>();
    private final HorizontalLayout filterBar = new HorizontalLayout();
    private final HorizontalLayout presetBadge = new HorizontalLayout();
    private List<Filter> preset = List.of();
    private final java.util.Map<String, Supplier<Optional<Filter>>> filters = new java.util.LinkedHashMap<>();
    private final transient Function<PageRequest, Page<T>> source;
    private volatile long total;

    /** @param source a page of rows for a request: the module's list service */
    public RecordList(Function<PageRequest, Page<T>> source) {
        this.source = source;
        setSizeFull();
        setPadding(false);
        search.setPlaceholder(org.cairncrm.console.internal.Hooks.text("list.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        search.setId("list-search");
        allMatching.setLabel(org.cairncrm.console.internal.Hooks.text("list.markAll"));
        allMatching.setId("mark-all");
        allMatching.addValueChangeListener(e -> {
            if (!e.getValue()) {
                grid.asMultiSelect().clear();
            }
            updateCount();
        });
        count.setId("list-count");
        actions.setId("list-actions");
        HorizontalLayout bar = new HorizontalLayout(search, allMatching, count, actions);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWidthFull();
        // on a narrow screen the actions and the filters go on the next line rather than out of the page
        bar.setWrap(true);
        actions.setWrap(true);
        filterBar.setWrap(true);
        filterBar.setWidthFull();
        bar.expand(search);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        // a range: drag over the checkboxes
        ((com.vaadin.flow.component.grid.GridMultiSelectionModel<T>) grid.getSelectionModel()).setDragSelect(true);
        grid.setMultiSort(false);
        grid.setPageSize(50);
        grid.setSizeFull();
        grid.setItems(DataProvider.fromCallbacks(this::fetch, this::size));
        grid.asMultiSelect().addValueChangeListener(e -> updateCount());
        filterBar.setId("list-filters");
        filterBar.setVisible(false);
        presetBadge.setId("saved-filter");
        presetBadge.setVisible(false);
        presetBadge.setAlignItems(FlexComponent.Alignment.CENTER);
        add(bar, filterBar, presetBadge, grid);
        expand(grid);
    }

    /** A column showing {@code value}; sortable by {@code field}, a field the list service sorts by. */
    public Grid.Column<T> addColumn(String field, String header, ValueProvider<T, ?> value) {
        return grid.addColumn(value).setHeader(header).setKey(field).setSortable(true);
    }

    /** A filter field: rows whose {@code field} contains the text typed (ignoring case). */
    public TextField addTextFilter(String field, String label) {
        TextField text = new TextField(label);
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setId("filter-" + field);
        text.addValueChangeListener(e -> refresh());
        filters.put(field, () -> Optional.ofNullable(text.getValue()).filter(v -> !v.isBlank())
                .map(v -> new Filter(field, Filter.Op.LIKE, v.strip())));
        filterBar.add(text);
        filterBar.setVisible(true);
        return text;
    }

    /** A filter offering the values of {@code field} to choose from: rows whose field equals the choice. */
    public com.vaadin.flow.component.combobox.ComboBox<String> addChoiceFilter(String field, String label,
                                                                              List<String> values) {
        com.vaadin.flow.component.combobox.ComboBox<String> box =
                new com.vaadin.flow.component.combobox.ComboBox<>(label, values);
        box.setClearButtonVisible(true);
        box.setId("filter-" + field);
        box.addValueChangeListener(e -> refresh());
        filters.put(field, () -> Optional.ofNullable(box.getValue()).map(v -> Filter.eq(field, v)));
        filterBar.add(box);
        filterBar.setVisible(true);
        return box;
    }

    /**
     * A filter of the caller's own making: {@code controls} go into the filter bar, {@code filter} says what they ask
     * for now (empty: nothing); call {@link #refresh()} when they change.
     */
    public void addFilter(String key, Supplier<Optional<Filter>> filter, com.vaadin.flow.component.Component... controls) {
        filters.put(key, filter);
        filterBar.add(controls);
        filterBar.setVisible(true);
    }

    /** A column that cannot be sorted (computed values). */
    public Grid.Column<T> addPlainColumn(String header, ValueProvider<T, ?> value) {
        return grid.addColumn(value).setHeader(header).setSortable(false);
    }

    /** A button that does something with the marked rows. */
    public Button addAction(String label, Consumer<RecordList<T>> action) {
        Button button = new Button(label, e -> action.accept(this));
        actions.add(button);
        return button;
    }

    /**
     * Offers the actions the installed modules contribute for {@code recordType}
     * ({@link ListActionContribution}), to users holding their keys; actions come and go with their modules while
     * the list is open.
     *
     * @param ref the record reference of a row
     */
    public void enableContributedActions(String recordType, Function<T, RecordRef> ref) {
        Runnable refresh = () -> {
            List<ListActionContribution> now = org.cairncrm.console.internal.Hooks.actions(recordType);
            contributedActions.entrySet().removeIf(shown -> {
                boolean gone = !now.contains(shown.getKey());
                if (gone) {
                    actions.remove(shown.getValue());
                }
                return gone;
            });
            for (ListActionContribution contribution : now) {
                contributedActions.computeIfAbsent(contribution, c -> addAction(c.label(), list -> {
                    List<RecordRef> marked = list.markedRows().stream().map(ref).toList();
                    Notification.show(org.cairncrm.console.internal.Hooks.asCaller(() -> c.run(marked)));
                }));
            }
        };
        refresh.run();
        org.cairncrm.console.internal.Hooks.followContributions(this, refresh);
    }

    /** Every marked row: the ones marked one by one, or all that match (at most 10,000). */
    public List<T> markedRows() {
        if (!allMatching.getValue()) {
            return List.copyOf(grid.getSelectedItems());
        }
        List<T> rows = new ArrayList<>();
        PageRequest request = matching();
        for (int page = 0; rows.size() < 10_000; page++) {
            Page<T> next = source.apply(new PageRequest(page, request.size(), request.sort(), request.filters(),
                    request.query()));
            rows.addAll(next.items());
            if (next.items().size() < request.size()) {
                break;
            }
        }
        return rows;
    }

    public Grid<T> grid() {
        return grid;
    }

    /** The rows marked one by one (or as a range). */
    public Set<T> marked() {
        return grid.getSelectedItems();
    }

    /** Whether the user marked every row that matches the search, loaded or not. */
    public boolean allMatchingMarked() {
        return allMatching.getValue();
    }

    /** The request that gives every marked row when {@link #allMatchingMarked()}: the current search and sort. */
    public PageRequest matching() {
        return new PageRequest(0, PageRequest.MAX_SIZE, sorts(grid.getSortOrder()), activeFilters(), query());
    }

    /** Reloads from the list service. */
    public void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private Stream<T> fetch(Query<T, Void> query) {
        int size = Math.min(query.getPageSize(), PageRequest.MAX_SIZE);
        PageRequest request = new PageRequest(query.getOffset() / size, size, sortsOf(query), activeFilters(),
                query());
        Page<T> page = source.apply(request);
        total = page.total();
        getUI().ifPresent(ui -> ui.access(this::updateCount));
        // the grid asks for exactly one page at a page boundary; skip rows of the page before the offset
        return page.items().stream().skip(query.getOffset() - request.offset()).limit(query.getLimit());
    }

    private int size(Query<T, Void> query) {
        total = source.apply(new PageRequest(0, 1, List.of(), activeFilters(), query())).total();
        return (int) Math.min(Integer.MAX_VALUE, total);
    }

    private List<Filter> activeFilters() {
        List<Filter> active = new ArrayList<>(preset);
        filters.values().forEach(f -> f.get().ifPresent(active::add));
        return active;
    }

    /**
     * Applies a saved search: its quick-search text, and {@code conditions} on top of the filter fields until the
     * user takes them off with the badge's button (named {@code label}).
     */
    public void applySaved(String label, String query, List<Filter> conditions) {
        preset = List.copyOf(conditions);
        presetBadge.removeAll();
        if (!preset.isEmpty()) {
            Button off = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> applySaved("", query().orElse(""), List.of()));
            off.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY_INLINE);
            off.setId("saved-filter-off");
            presetBadge.add(new Span(label + ": " + preset.stream().map(Filter::toString)
                    .collect(java.util.stream.Collectors.joining(", "))), off);
        }
        presetBadge.setVisible(!preset.isEmpty());
        search.setValue(query == null ? "" : query);
        refresh();
    }

    private Optional<String> query() {
        return Optional.ofNullable(search.getValue()).filter(q -> !q.isBlank()).map(String::strip);
    }

    /** The sort the grid asks for (its query's sort orders carry the column keys). */
    private List<Sort> sortsOf(Query<T, Void> query) {
        return query.getSortOrders().stream().map(o -> sort(o.getSorted(), o.getDirection())).toList();
    }

    /** The sort the user chose by the column headers. */
    private static <T> List<Sort> sorts(List<GridSortOrder<T>> orders) {
        return orders.stream().filter(o -> o.getSorted().getKey() != null)
                .map(o -> sort(o.getSorted().getKey(), o.getDirection())).toList();
    }

    private static Sort sort(String field, SortDirection direction) {
        return direction == SortDirection.ASCENDING ? Sort.asc(field) : Sort.desc(field);
    }

    private void updateCount() {
        long marked = allMatching.getValue() ? total : grid.getSelectedItems().size();
        count.setText(org.cairncrm.console.internal.Hooks.text("list.rows").replace("{0}", String.valueOf(total))
                + (marked > 0 ? org.cairncrm.console.internal.Hooks.text("list.marked")
                        .replace("{0}", String.valueOf(marked)) : ""));
    }
}
