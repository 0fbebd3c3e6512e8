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
        // names in Polish alphabetical order, as the database sorts them: "Łódzka ..." (Ł after L) before "Meble ..."
        Page<Long> page = index.search(search("m", 0, 1), RecordScope.everything());
        assertEquals(List.of(1L), page.items());
        assertEquals(2, page.total());
        assertEquals(List.of(5L), index.search(search("m", 1, 1), RecordScope.everything()).items());
        assertEquals(List.of(5L, 1L), index.search(search("m", 0, 10, Sort.desc("name")),
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

    @Test
    void polishLettersSortAsInThePolishAlphabet() {
        CompanySearchIndex polish = CompanySearchIndex.detached(List.of(
                row(1, 10, "general", false, "Zakład Żywności", "Poznań"),
                row(2, 10, "general", false, "Łąka Sp. z o.o.", "Poznań"),
                row(3, 10, "general", false, "Lis i Syn", "Poznań"),
                row(4, 10, "general", false, "Mazur", "Poznań"),
                row(5, 10, "general", false, "agencja Ąbc", "Poznań"),
                row(6, 10, "general", false, "Ćma", "Poznań"),
                row(7, 10, "general", false, "Cebula", "Poznań")));
        polish.putForTest(row(8, 10, "general", false, "Łoś", "Poznań"));
        // A Ą ... C Ć ... L Ł M ... Z Ż, upper and lower case together; the company written later merged in its place
        List<Long> expected = List.of(5L, 7L, 6L, 3L, 2L, 8L, 4L, 1L);
        assertEquals(expected, polish.search(search("poznan", 0, 50), RecordScope.everything()).items());
        assertEquals(expected, index(polish, "poznan", Sort.asc("name")));
        List<Long> reversed = new ArrayList<>(expected);
        java.util.Collections.reverse(reversed);
        assertEquals(reversed, index(polish, "poznan", Sort.desc("name")));
    }

    private static List<Long> index(CompanySearchIndex index, String q, Sort sort) {
        return index.search(search(q, 0, 50, sort), RecordScope.everything()).items();
    }

    private static Object[] coded(Object[] row, String shortCode) {
        Object[] withCode = java.util.Arrays.copyOf(row, 7);
        withCode[6] = shortCode;
        return withCode;
    }

    @Test
    void aShortCodeIsFoundInMemoryWhateverItsCaseAndFollowsItsCompany() {
        CompanySearchIndex coded = CompanySearchIndex.detached(List.of(
                coded(row(1, 10, "general", false, "Zeta Trade", "Kraków"), "DUR-2-1"),
                coded(row(2, 10, "general", false, "Omega", "Łódź"), "OME")));
        assertEquals(List.of(1L), coded.withShortCode("dur-2-1"));
        assertEquals(List.of(2L), coded.withShortCode("OME"));
        assertEquals(List.of(), coded.withShortCode("DUR-2"));
        // the company changes its code: the old one leads nowhere any more
        coded.putForTest(coded(row(1, 10, "general", false, "Zeta Trade", "Kraków"), "ZT-1"));
        assertEquals(List.of(), coded.withShortCode("DUR-2-1"));
        assertEquals(List.of(1L), coded.withShortCode("zt-1"));
        // a company without a code, and one taken out of the index (purged), are found by none
        coded.putForTest(row(2, 10, "general", false, "Omega", "Łódź"));
        assertEquals(List.of(), coded.withShortCode("OME"));
    }

    @Test
    void exactCodesLeadThenNameMatchesThenTheRest() {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 1; i <= 300; i++) {
            rows.add(row(i, 10, "general", false, "Durable " + i, "Durbanville 2 1"));
        }
        rows.add(row(1000, 10, "general", false, "Zeta Trade", "DUR-2-1"));
        rows.add(row(1001, 10, "general", false, "Anvil Durango", "Kraków"));
        rows.add(row(1002, 10, "general", false, "Omega", "Durbanville", "7250000001", "+48 42 633 11 22",
                Company.phoneDigits("+48 42 633 11 22")));
        CompanySearchIndex many = CompanySearchIndex.detached(rows);
        // "dur 2 1" matches hundreds of names; the company whose code it is leads, the rest keep their order
        Page<Long> page = many.search(search("DUR-2-1", 0, 5), RecordScope.everything(), List.of(1000L));
        assertEquals(1000L, page.items().get(0));
        assertEquals(List.of(1L, 10L, 100L, 101L), page.items().subList(1, 5));
        long total = page.total();
        assertEquals(total, many.search(search("DUR-2-1", 0, 5), RecordScope.everything()).total());
        // the leading company is not repeated further on
        List<Long> all = new ArrayList<>();
        for (int p = 0; p * 5 < total; p++) {
            all.addAll(many.search(search("DUR-2-1", p, 5), RecordScope.everything(), List.of(1000L)).items());
        }
        assertEquals(total, all.size());
        assertEquals(total, all.stream().distinct().count());
        // names that match come before companies matched by their city
        List<Long> dur = many.search(search("dur", 0, 400), RecordScope.everything()).items();
        assertEquals(1001L, dur.get(0));
        assertEquals(List.of(1002L, 1000L), dur.subList(dur.size() - 2, dur.size()));
        // a company named exactly leads even when its words differ from the query's, and counts once
        Page<Long> named = many.search(search("anvil", 0, 5), RecordScope.everything(), List.of(1002L, 1002L));
        assertEquals(List.of(1002L, 1001L), named.items());
        assertEquals(2, named.total());
        // but not when it is archived, nor outside the caller's scope
        many.putForTest(row(1003, 10, "general", true, "Archived Anvil", "DUR-9"));
        assertEquals(List.of(1001L), many.search(search("anvil", 0, 5), RecordScope.everything(), List.of(1003L))
                .items());
        RecordScope ownOnly = new RecordScope(List.of(new RecordScope.Rule(Scope.OWN, Set.of("general"))),
                Set.of(99L), Set.of());
        assertEquals(List.of(), many.search(search("anvil", 0, 5), ownOnly, List.of(1002L)).items());
        // digits of a tax id or a phone, however typed, are words of their own
        assertEquals(List.of(1002L), many.withWord("7250000001"));
        assertEquals(List.of(1002L), many.withWord("426331122"));
        assertEquals(List.of(), many.withWord("72500"));
    }

    private List<Long> ids(String q, RecordScope scope) {
        return index.search(search(q, 0, 50), scope).items();
    }
}
