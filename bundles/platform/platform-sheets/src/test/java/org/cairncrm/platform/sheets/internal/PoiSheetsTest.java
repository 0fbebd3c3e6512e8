package org.cairncrm.platform.sheets.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.cairncrm.platform.api.error.ValidationException;
import org.junit.jupiter.api.Test;

class PoiSheetsTest {

    private final PoiSheets sheets = new PoiSheets();

    @Test
    void whatIsWrittenReadsBackAsTheCellsShowIt() {
        byte[] file = sheets.write("Firmy / 2026", List.of("name", "staff", "since", "active", "notes"), List.of(
                Arrays.asList("Łódzka Fabryka Żelków", 120, LocalDate.of(2019, 3, 1), true, "line one\nline two"),
                Arrays.asList("Gdańsk; \"Stocznia\"", 12.5, null, false, null)));
        assertEquals(List.of(List.of("name", "staff", "since", "active", "notes"),
                List.of("Łódzka Fabryka Żelków", "120", "2019-03-01", "true", "line one\nline two"),
                List.of("Gdańsk; \"Stocznia\"", "12.5", "", "false")), sheets.read(file));
    }

    @Test
    void theWorkbookIsAPlainZipThatJavaReads() throws Exception {
        byte[] file = sheets.write("x", List.of("name"), List.of(List.of("Łódź")));
        int entries = 0;
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
                new java.io.ByteArrayInputStream(file))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                in.readAllBytes();
                entries++;
            }
        }
        assertEquals(true, entries > 3);
    }

    @Test
    void aFileThatIsNoWorkbookIsRefusedOnTheFileField() {
        ValidationException wrong = assertThrows(ValidationException.class,
                () -> sheets.read("name,city\nA,B\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("file", wrong.fieldErrors().get(0).field());
        assertThrows(ValidationException.class, () -> sheets.read(new byte[0]));
    }

    @Test
    void manyRowsAreWrittenAsTheyGo() {
        List<List<?>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            rows.add(List.of("Company " + i, i));
        }
        List<List<String>> back = sheets.read(sheets.write("big", List.of("name", "number"), rows));
        assertEquals(20_001, back.size());
        assertEquals(List.of("Company 19999", "19999"), back.get(20_000));
    }
}
