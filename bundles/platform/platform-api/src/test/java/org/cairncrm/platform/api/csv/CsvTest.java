package org.cairncrm.platform.api.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotedCellsKeepSeparatorsQuotesAndLineBreaks() {
        assertEquals(List.of(List.of("name", "city"), List.of("Anvil, \"the\" smiths", "Łódź\nsouth"),
                List.of("", "x")), Csv.parse("name,city\r\n\"Anvil, \"\"the\"\" smiths\",\"Łódź\nsouth\"\n\n,x"));
    }

    @Test
    void polishExcelsSemicolonsAndWindows1250AreRecognised() {
        byte[] bytes = "Nazwa;Miejscowość\nŻabka;Łódź\n".getBytes(Charset.forName("windows-1250"));
        assertEquals(List.of(List.of("Nazwa", "Miejscowość"), List.of("Żabka", "Łódź")), Csv.read(bytes));
        byte[] bom = ("\uFEFFa,b\n1,2").getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of(List.of("a", "b"), List.of("1", "2")), Csv.read(bom));
    }

    @Test
    void writtenCellsAreQuotedAndFormulasDefused() {
        assertEquals("plain,\"a,b\",\"say \"\"hi\"\"\",'=SUM(A1),-42\r\n",
                Csv.line(List.of("plain", "a,b", "say \"hi\"", "=SUM(A1)", "-42")));
    }

    @Test
    void aQuoteNeverClosedIsTheFilesFaultNamedOnTheFileField() {
        org.cairncrm.platform.api.error.ValidationException broken = org.junit.jupiter.api.Assertions.assertThrows(
                org.cairncrm.platform.api.error.ValidationException.class,
                () -> Csv.parse("name,city\n\"Anvil,Leeds\nBolt,York\n"));
        assertEquals("file", broken.fieldErrors().get(0).field());
    }
}
