package org.cairncrm.contacts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cairncrm.platform.api.access.RecordScope;
import org.cairncrm.platform.api.access.Scope;
import org.cairncrm.platform.api.paging.Filter;
import org.cairncrm.platform.api.paging.Page;
import org.cairncrm.platform.api.paging.PageRequest;
import org.cairncrm.platform.api.paging.SearchText;
import org.cairncrm.platform.api.paging.Sort;
import org.junit.jupiter.api.Test;

class CompanySearchIndexTest {

    private static Object[] row(long id, long owner, String line, boolean archived, String name, String... more) {
        String[] parts = new String[more.length + 1];
        parts[0] = name;
        System.arraycopy(more, 0, parts, 1, more.length);
        return new Object[] {id, owner, line, archived ? Instant.now() : null, name, SearchText.wordText(parts)};
    }

    private static PageRequest search(String q, int page, int size, Sort... sort) {
        return new PageRequest(page, size, List.of(sort), List.of(Filter.eq("archived", "false")), Optional.of(q));
    }

    private final CompanySearchIndex index = CompanySearchIndex.detached(List.of(
            row(1, 10, "general", false, "Łódzka Fabryka Mebli", "Łódź", "+48 42 111 22 33", "biuro@lodzka.example"),
            row(2, 10, "general", false, "Fabryka Śrub Kraków", "Kraków"),
            row(3, 20, "retail", false, "Anvil Works Ltd", "London", "7250000001"),
            row(4, 20, "general", true, "Łódź Archived", "Łódź"),
            row(5, 30, "general", false, "Meble Gdańsk", "Gdańsk")));

    @Test
    void everyWordOfTheQueryBeginsAWordOfTheCompany() {
        assertEquals(List.of(1L), ids("lodz", RecordScope.everything()));
        assertEquals(List.of(2L, 1L), ids("fab", RecordScope.everything()));
        assertEquals(List.of(1L), ids("fab meb", RecordScope.everything()));
        assertEquals(List.of(1L), ids("biuro@lodzka", RecordScope.everything()));
        assertEquals(List.of(1L), ids("111 22", RecordScope.everything()));
        assertEquals(List.of(3L), ids("725000", RecordScope.everything()));
        assertEquals(List.of(), ids("ebli", RecordScope.everything()));
        assertEquals(List.of(), ids("zzz", RecordScope.everything()));
    }

    @Test
    void internationalPhonesAreFoundWithoutTheirCountryCode() {
        String words = Company.phoneDigits("+48 (42) 633-11-22\n0044 20 7946 0958\n(22) 555-01-01");
        for (String word : List.of("48426331122", "426331122", "442079460958", "2079460958", "225550101")) {
            assertEquals(true, (" " + words).contains(" " + word + " "), word + " in " + words);
        }
    }

    @Test
    void pagesInNameOrderWithTheTotalAndWithinTheScope() {
        Page<Long> first = index.search(search("general fab meble anvil", 0, 1), RecordScope.everything());
        assertEquals(0, first.total());
        // names compare by code point, as the database sorts them: "Meble ..." before "Łódzka ..."
        Page<Long> page = index.search(search("m", 0, 1), RecordScope.everything());
        assertEquals(List.of(5L), page.items());
        assertEquals(2, page.total());
        assertEquals(List.of(1L), index.search(search("m", 1, 1), RecordScope.everything()).items());
        assertEquals(List.of(1L, 5L), index.search(search("m", 0, 10, Sort.desc("name")),
                RecordScope.everything()).items());
        RecordScope ownOnly = new RecordScope(List.of(new RecordScope.Rule(Scope.OWN, Set.of("general"))),
                Set.of(10L), Set.of());
        assertEquals(List.of(2L, 1L), ids("fab", ownOnly));
        assertEquals(List.of(), ids("anvil", ownOnly));
    }

    @Test
    void aCompanyWrittenAfterLoadingIsFoundByItsNewWordsOnly() {
        index.putForTest(row(2, 10, "general", false, "Stalownia Kraków", "Kraków"));
        index.putForTest(row(6, 10, "general", false, "Fabryka Nowa", "Poznań"));
        assertEquals(List.of(6L, 1L), ids("fab", RecordScope.everything()));
        assertEquals(List.of(2L), ids("stal krak", RecordScope.everything()));
        index.putForTest(row(1, 10, "general", true, "Łódzka Fabryka Mebli", "Łódź"));
        assertEquals(List.of(6L), ids("fab", RecordScope.everything()));
    }

    @Test
    void anIndexLoadedEmptyCountsTheCompaniesWrittenSince() {
        CompanySearchIndex empty = CompanySearchIndex.detached(List.of());
        empty.putForTest(row(7, 10, "general", false, "Hurtownia Łódzka", "Łódź"));
        empty.putForTest(row(8, 10, "general", false, "Kwiaciarnia Róża", "Gdańsk"));
        Page<Long> page = empty.search(search("lodz", 0, 50), RecordScope.everything());
        assertEquals(List.of(7L), page.items());
        assertEquals(1, page.total());
    }

    @Test
    void manyCompanies() {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 1; i <= 20_000; i++) {
            rows.add(row(i, i % 7, "general", false, "Firma " + i, i % 2 == 0 ? "Kraków" : "Łódź"));
        }
        CompanySearchIndex big = CompanySearchIndex.detached(rows);
        Page<Long> page = big.search(search("krak firma", 0, 50), RecordScope.everything());
        assertEquals(10_000, page.total());
        assertEquals(50, page.items().size());
        // "Firma 10" < "Firma 100" < "Firma 1000" < "Firma 10000" < "Firma 10002" by name
        assertEquals(List.of(10L, 100L, 1000L, 10000L, 10002L), page.items().subList(0, 5));
    }

    private List<Long> ids(String q, RecordScope scope) {
        return index.search(search(q, 0, 50), scope).items();
    }
}
