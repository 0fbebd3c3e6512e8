package org.cairncrm.platform.sheets.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cairncrm.platform.api.error.ValidationException;
import org.cairncrm.platform.api.sheets.Sheets;
import org.osgi.service.component.annotations.Component;

/** {@link Sheets} with Apache POI: XSSF to read, streaming SXSSF to write. */
@Component(service = Sheets.class)
public class PoiSheets implements Sheets {

    /** Excel's own limit of characters in a cell. */
    private static final int CELL_MAX = 32_767;

    @Override
    public List<List<String>> read(byte[] xlsx) {
        if (xlsx == null || xlsx.length == 0) {
            throw ValidationException.of("file", "is empty");
        }
        return inBundle(() -> {
            try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                if (book.getNumberOfSheets() == 0) {
                    return List.of();
                }
                Sheet sheet = book.getSheetAt(0);
                List<List<String>> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        cells.add(text(row.getCell(c)));
                    }
                    while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                        cells.remove(cells.size() - 1);
                    }
                    if (!cells.isEmpty()) {
                        rows.add(cells);
                    }
                }
                return rows;
            } catch (OLE2NotOfficeXmlFileException oldExcel) {
                throw ValidationException.of("file", "is an Excel 97-2003 workbook (.xls): save it as .xlsx");
            } catch (POIXMLException | IOException | IllegalArgumentException | IllegalStateException notAWorkbook) {
                // NotOfficeXmlFileException and the other unsupported formats are IllegalArgumentExceptions
                throw ValidationException.of("file", "is not an Excel workbook (.xlsx)");
            }
        });
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().strip();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    LocalDateTime at = cell.getLocalDateTimeCellValue();
                    yield at.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? at.toLocalDate().toString()
                            : at.toString();
                }
                yield BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            }
            default -> "";
        };
    }

    @Override
    public byte[] write(String sheetName, List<String> header, Iterable<? extends List<?>> rows) {
        return inBundle(() -> {
            SXSSFWorkbook book = new SXSSFWorkbook(200);
            // plain zip entries: zip64 descriptors (POI's default) break readers such as java.util.zip
            book.setZip64Mode(org.apache.commons.compress.archivers.zip.Zip64Mode.Never);
            try {
                SXSSFSheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(
                        sheetName == null || sheetName.isBlank() ? "Sheet1" : sheetName));
                Font bold = book.createFont();
                bold.setBold(true);
                CellStyle head = book.createCellStyle();
                head.setFont(bold);
                CellStyle day = book.createCellStyle();
                day.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
                Row first = sheet.createRow(0);
                for (int c = 0; c < header.size(); c++) {
                    Cell cell = first.createCell(c);
                    cell.setCellValue(header.get(c));
                    cell.setCellStyle(head);
                }
                sheet.createFreezePane(0, 1);
                int r = 1;
                for (List<?> values : rows) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        Object value = values.get(c);
                        if (value == null) {
                            continue;
                        }
                        Cell cell = row.createCell(c);
                        if (value instanceof Number number) {
                            cell.setCellValue(number.doubleValue());
                        } else if (value instanceof Boolean flag) {
                            cell.setCellValue(flag);
                        } else if (value instanceof LocalDate date) {
                            cell.setCellValue(date);
                            cell.setCellStyle(day);
                        } else if (value instanceof Date date) {
                            cell.setCellValue(date);
                            cell.setCellStyle(day);
                        } else {
                            String text = value.toString();
                            cell.setCellValue(text.length() > CELL_MAX ? text.substring(0, CELL_MAX) : text);
                        }
                    }
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                book.write(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                book.dispose();
                try {
                    book.close();
                } catch (IOException ignored) {
                    // temporary files are gone after dispose
                }
            }
        });
    }

    /** POI and XMLBeans find their parts through the context class loader: let it be this bundle's. */
    private static <T> T inBundle(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(PoiSheets.class.getClassLoader());
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(before);
        }
    }
}
