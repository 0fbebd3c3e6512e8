package org.cairncrm.platform.api.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.cairncrm.platform.api.error.ValidationException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV as spreadsheets write it, read and written by Apache Commons CSV (RFC 4180: quotes around fields with separators, quotes or line breaks; doubled
 * quotes inside), with the separator found from the first line (comma, semicolon as Polish Excel writes, or tab),
 * and the encoding from the bytes (UTF-8 with or without BOM, else Windows-1250 as older Polish exports use).
 */
public final class Csv {

    private Csv() {
    }

    /** The rows of {@code bytes}; blank lines are skipped. */
    public static List<List<String>> read(byte[] bytes) {
        return parse(decode(bytes));
    }

    /**
     * The rows of {@code text}, the separator found from its first line; read by Apache Commons CSV.
     *
     * @throws ValidationException on {@code file} when a quoted cell is never closed
     */
    public static List<List<String>> parse(String text) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator(text)).setIgnoreEmptyLines(true)
                .setTrim(false).get();
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                List<String> row = new ArrayList<>(record.size());
                record.forEach(row::add);
                if (!(row.size() == 1 && row.get(0).isEmpty())) {
                    rows.add(row);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException broken) {
            Throwable root = broken;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            String why = String.valueOf(root.getMessage());
            java.util.regex.Matcher line = java.util.regex.Pattern.compile("startline (\\d+)").matcher(why);
            throw ValidationException.of("file", why.contains("EOF reached before encapsulated token finished")
                    ? "a quoted cell is never closed" + (line.find() ? " (it starts on line " + line.group(1) + ")"
                    : "") : "is not readable as CSV: " + why);
        }
        return rows;
    }

    /** One line of cells, separated by commas, quoted where needed, formulas made harmless. */
    public static String line(List<String> cells) {
        StringBuilder line = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(line, CSVFormat.DEFAULT)) {
            printer.printRecord(cells.stream().map(Csv::harmless).toList());
        } catch (IOException cannotHappenWithAStringBuilder) {
            throw new UncheckedIOException(cannotHappenWithAStringBuilder);
        }
        return line.toString();
    }

    /** A leading = + - @ gets an apostrophe, as spreadsheets would otherwise run the cell as a formula. */
    private static String harmless(String text) {
        if (text == null) {
            return "";
        }
        return text.matches("(?s)^[=+\\-@].*") && !text.matches("^[+-]?[0-9][0-9 .,]*$") ? "'" + text : text;
    }

    /**
     * One cell: quoted when it holds a comma, quote or line break; a leading = + - @ gets an apostrophe, as
     * spreadsheets would otherwise run it as a formula.
     */
    public static String cell(String text) {
        return CSVFormat.DEFAULT.format(harmless(text));
    }

    /** UTF-8 (its BOM dropped) when the bytes are valid UTF-8, else Windows-1250. */
    public static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("windows-1250"));
        }
    }

    private static char separator(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        int commas = count(first, ',');
        int semicolons = count(first, ';');
        int tabs = count(first, '\t');
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private static int count(String text, char c) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char x = text.charAt(i);
            if (x == '"') {
                quoted = !quoted;
            } else if (x == c && !quoted) {
                n++;
            }
        }
        return n;
    }
}
