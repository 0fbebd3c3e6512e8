package org.cairncrm.platform.api.sheets;

import java.util.List;

/**
 * Excel workbooks (Office Open XML, .xlsx) as tables of rows, the platform service behind every module's XLSX
 * import and export (feature {@code cairn-platform}).
 */
public interface Sheets {

    /** The media type of .xlsx files. */
    String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /**
     * The rows of the workbook's first sheet as text, as the cells show it: numbers without a needless ".0", dates
     * as ISO dates (2026-12-01), booleans as true/false, formulas as their cached result; empty rows left out and
     * short rows not padded. A file that is not a workbook is refused with a validation error on {@code file}.
     */
    List<List<String>> read(byte[] xlsx);

    /**
     * A workbook of one sheet: a bold header row, then the rows. Numbers, dates ({@link java.time.LocalDate}),
     * booleans and texts become cells of that kind; null an empty cell. Written as it goes, so large exports
     * need little memory.
     */
    byte[] write(String sheetName, List<String> header, Iterable<? extends List<?>> rows);
}
