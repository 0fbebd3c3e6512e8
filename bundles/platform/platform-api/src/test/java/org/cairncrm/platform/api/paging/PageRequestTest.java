package org.cairncrm.platform.api.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cairncrm.platform.api.error.FieldError;
import org.cairncrm.platform.api.error.ValidationException;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void missingParametersGiveTheFirstPageOfDefaultSize() {
        PageRequest r = PageRequest.parse(null, null, null, null, null);
        assertEquals(0, r.page());
        assertEquals(PageRequest.DEFAULT_SIZE, r.size());
        assertTrue(r.sort().isEmpty());
        assertTrue(r.query().isEmpty());
    }

    @Test
    void sortAndFiltersAreReadFromTheQueryStringForm() {
        PageRequest r = PageRequest.parse("2", "10", "name,-dueDate", List.of("quantity:ge:3", "note:null"), " ann ");
        assertEquals(20, r.offset());
        assertEquals(List.of(Sort.asc("name"), Sort.desc("dueDate")), r.sort());
        assertEquals(List.of(new Filter("quantity", Filter.Op.GE, "3"), new Filter("note", Filter.Op.NULL, null)),
                r.filters());
        assertEquals("ann", r.query().orElseThrow());
    }

    @Test
    void everyBadParameterIsNamedAtOnce() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> PageRequest.parse("-1", "100000", null, List.of("quantity:about:3"), null));
        assertEquals(List.of("filter", "page", "size"),
                e.fieldErrors().stream().map(FieldError::field).sorted().toList());
    }

    @Test
    void textThatIsNoNumberIsAFieldErrorNotAnUnknownAddress() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> PageRequest.parse("first", "ten", null, null, null));
        assertEquals(List.of("page", "size"), e.fieldErrors().stream().map(FieldError::field).toList());
    }

    @Test
    void pageCountRoundsUp() {
        assertEquals(3, new Page<>(List.of(), 21, 0, 10).totalPages());
        assertEquals(0, new Page<>(List.of(), 0, 0, 10).totalPages());
    }
}
