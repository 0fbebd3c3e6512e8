package org.cairncrm.console;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import org.cairncrm.platform.api.paging.Page;
import org.cairncrm.platform.api.paging.PageRequest;
import org.cairncrm.platform.api.paging.Sort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;

/** The list building block over 100,000 rows: only the pages shown are fetched; search, sort and marking work. */
class RecordListTest {

    record Row(long id, String name) {
    }

    private static final List<Row> ROWS = IntStream.range(0, 100_000)
            .mapToObj(i -> new Row(i, String.format("Customer %06d", i))).toList();

    private final AtomicLong rowsFetched = new AtomicLong();
    private final List<PageRequest> requests = new ArrayList<>();
    private RecordList<Row> list;

    @BeforeEach
    void show() {
        MockVaadin.setup(new Routes());
        list = new RecordList<>(this::page);
        list.addColumn("name", "Name", Row::name);
        UI.getCurrent().add(list);
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    /** What a module's list service does: filter, sort, cut one page. */
    private Page<Row> page(PageRequest request) {
        requests.add(request);
        List<Row> matching = new ArrayList<>(ROWS.stream()
                .filter(r -> request.query().map(q -> r.name().contains(q)).orElse(true))
                .filter(r -> request.filters().stream().allMatch(f -> r.name().contains(f.value()))).toList());
        for (Sort sort : request.sort()) {
            Comparator<Row> byName = Comparator.comparing(Row::name);
            matching.sort(sort.ascending() ? byName : byName.reversed());
        }
        int from = (int) Math.min(matching.size(), request.offset());
        List<Row> items = matching.subList(from, Math.min(matching.size(), from + request.size()));
        rowsFetched.addAndGet(items.size());
        return new Page<>(items, matching.size(), request.page(), request.size());
    }

    @Test
    void aHundredThousandRowsScrollWithoutLoadingThemAll() {
        Grid<Row> grid = list.grid();
        assertEquals(100_000, GridKt._size(grid));
        assertEquals("Customer 000000", GridKt._get(grid, 0).name());
        assertEquals("Customer 099999", GridKt._get(grid, 99_999).name());
        assertEquals("Customer 054321", GridKt._get(grid, 54_321).name());
        assertTrue(rowsFetched.get() <= 500, "fetched " + rowsFetched.get() + " rows");
        assertTrue(requests.stream().allMatch(r -> r.size() <= PageRequest.MAX_SIZE));
    }

    @Test
    void searchAndSortGoToTheListService() {
        _get(TextField.class, spec -> spec.withId("list-search")).setValue("Customer 0999");
        assertEquals(100, GridKt._size(list.grid()));
        list.grid().sort(List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(
                list.grid().getColumnByKey("name"), SortDirection.DESCENDING)));
        assertEquals("Customer 099999", GridKt._get(list.grid(), 0).name());
        assertEquals(List.of(Sort.desc("name")), requests.get(requests.size() - 1).sort());
        assertEquals("Customer 0999", requests.get(requests.size() - 1).query().orElseThrow());
    }

    @Test
    void filtersGoToTheListServiceAsFieldConditions() {
        TextField name = list.addTextFilter("name", "Name");
        name.setValue("00012");
        assertEquals(11, GridKt._size(list.grid()), "000012 and 000120 to 000129");
        assertEquals(List.of(new org.cairncrm.platform.api.paging.Filter("name",
                org.cairncrm.platform.api.paging.Filter.Op.LIKE, "00012")), requests.get(requests.size() - 1)
                .filters());
        assertEquals(List.of(new org.cairncrm.platform.api.paging.Filter("name",
                org.cairncrm.platform.api.paging.Filter.Op.LIKE, "00012")), list.matching().filters());
    }

    @Test
    void rowsAreMarkedOneByOneOrAllMatching() {
        Grid<Row> grid = list.grid();
        grid.select(GridKt._get(grid, 3));
        grid.select(GridKt._get(grid, 7));
        assertEquals(2, list.marked().size());
        assertTrue(((com.vaadin.flow.component.grid.GridMultiSelectionModel<Row>) grid.getSelectionModel())
                .isDragSelect(), "a range is marked by dragging over the checkboxes");
        _get(Checkbox.class, spec -> spec.withId("mark-all")).setValue(true);
        assertTrue(list.allMatchingMarked());
        assertEquals(PageRequest.MAX_SIZE, list.matching().size());
    }
}
