package org.cairncrm.contacts.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.cairncrm.contacts.EmploymentData;
import org.cairncrm.contacts.RepresentativeData;
import org.junit.jupiter.api.Test;

class VCardsTest {

    @Test
    void readsGoogleContactsExport() throws IOException {
        List<VCards.Card> cards = VCards.read(file("google.vcf"));
        assertEquals(2, cards.size());
        VCards.Card anna = cards.get(0);
        assertEquals("Anna", anna.firstName());
        assertEquals("Wójcik", anna.lastName());
        assertEquals("Kowalski i Synowie", anna.organization());
        assertEquals("Kierownik zakupów", anna.position());
        assertEquals(LocalDate.of(1985, 3, 14), anna.birthday());
        assertEquals("Lubi kawę, nie herbatę. Dzwonić po 10:00; najlepiej we wtorki albo w środy", anna.notes());
        assertEquals(List.of("anna.wojcik@kowalski.example", "anna@home.example", "a.w@other.example"),
                anna.emails().stream().map(VCards.Typed::value).toList());
        assertTrue(anna.emails().get(0).is("work"));
        assertTrue(anna.phones().get(1).is("work"));
        VCards.Card john = cards.get(1);
        assertNull(john.birthday());
        assertTrue(john.birthdayProblem().contains("--04-12"), john.birthdayProblem());
    }

    @Test
    void readsOutlookQuotedPrintableInWindows1250() throws IOException {
        VCards.Card jerzy = VCards.read(file("outlook.vcf")).get(0);
        assertEquals("Łęcki", jerzy.lastName());
        assertEquals("Jerzy", jerzy.firstName());
        assertEquals("Hurtownia Wisla", jerzy.organization());
        assertEquals("Zakupy", jerzy.department());
        assertEquals("Dyrektor", jerzy.position());
        assertEquals("Spotkanie w Łodzi\r\ndrugi wiersz", jerzy.notes());
        assertEquals(LocalDate.of(1970, 1, 2), jerzy.birthday());
        assertTrue(jerzy.phones().get(0).is("work"));
        assertTrue(jerzy.phones().get(1).is("cell"));
        assertEquals("jerzy@wisla.example", jerzy.emails().get(0).value());
    }

    @Test
    void readsThunderbirdVCard4() throws IOException {
        VCards.Card piotr = VCards.read(file("thunderbird.vcf")).get(0);
        assertEquals("Nowak", piotr.lastName());
        assertEquals("Smithy Kraków", piotr.organization());
        assertEquals(LocalDate.of(1980, 4, 12), piotr.birthday());
        assertEquals("first line\nsecond line", piotr.notes());
        assertEquals("+48 12 345 67 89", piotr.phones().get(0).value());
        assertTrue(piotr.phones().get(0).is("work"));
    }

    @Test
    void writesFoldedLinesThatReadBackTheSame() {
        String note = "Zażółć gęślą jaźń; spotkanie, potem oferta\\rabat. ".repeat(6).strip() + "\nNowa linia";
        RepresentativeData person = new RepresentativeData(7L, 0L, "Łucja", "Źrebięcka-Ąbczyńska", "Dr",
                List.of("+48 600 000 001"), List.of("lucja@example.pl"), LocalDate.of(1990, 2, 28), note, null,
                null, List.of(new EmploymentData(1L, 3L, "Fabryka Śrub; Nitów, Spółka", "Prezes", "Zarząd",
                "+48 22 000 00 00", "prezes@fabryka.example", null, null, true)), null);
        for (boolean four : new boolean[] {false, true}) {
            StringBuilder out = new StringBuilder();
            VCards.card(out, person, id -> null, four);
            String text = out.toString();
            for (String line : text.split("\r\n")) {
                assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
            }
            VCards.Card back = VCards.read(text.getBytes(StandardCharsets.UTF_8)).get(0);
            assertEquals("Łucja", back.firstName());
            assertEquals("Źrebięcka-Ąbczyńska", back.lastName());
            assertEquals("Dr", back.title());
            assertEquals(note, back.notes());
            assertEquals("Fabryka Śrub; Nitów, Spółka", back.organization());
            assertEquals("Zarząd", back.department());
            assertEquals(LocalDate.of(1990, 2, 28), back.birthday());
            assertEquals("prezes@fabryka.example", back.emails().get(0).value());
            assertTrue(back.emails().get(0).is("work"));
            assertEquals("lucja@example.pl", back.emails().get(1).value());
        }
    }

    private static byte[] file(String name) throws IOException {
        try (InputStream in = VCardsTest.class.getResourceAsStream("/vcards/" + name)) {
            return in.readAllBytes();
        }
    }
}
