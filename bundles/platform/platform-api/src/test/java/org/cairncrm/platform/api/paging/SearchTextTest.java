package org.cairncrm.platform.api.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void polishAndOtherLettersLoseTheirDiacriticsAndCase() {
        assertEquals("lodz", SearchText.fold("Łódź"));
        assertEquals("zazolc gesla jazn", SearchText.fold("  Zażółć   gęślą JAŹŃ "));
        assertEquals("strasse koln", SearchText.fold("Straße Köln"));
        assertEquals("", SearchText.fold(null));
    }

    @Test
    void fieldsAreKeptApartSoThatASearchNeverSpansTwo() {
        String folded = SearchText.of("Anvil Łódź", null, "ANV");
        assertEquals("|anvil lodz|anv|", folded);
        assertTrue(folded.contains(SearchText.fold("łódź")));
    }

    @Test
    void wordsAreRunsOfLettersAndDigitsEachKeptOnce() {
        assertEquals(java.util.List.of("biuro", "lodzka", "example"), SearchText.words("biuro@Łódzka.example"));
        assertEquals(java.util.List.of("725", "000", "00", "01"), SearchText.words("725-000-00-01"));
        assertEquals(java.util.List.of(), SearchText.words(" -- "));
        assertEquals(" lodzka fabryka mebli lodz ", SearchText.wordText("Łódzka Fabryka Mebli", null, "Łódź",
                "fabryka"));
        assertEquals(" ", SearchText.wordText((String) null));
    }
}
