package org.cairncrm.platform.api.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV as spreadsheets write it (RFC 4180: quotes around fields with separators, quotes or line breaks; doubled
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

    /** The rows of {@code text}, the separator found from its first line. */
    public static List<List<String>> parse(String text) {
        char separator = separator(text);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.length() == 0) {
                quoted = true;
                any = true;
            } else if (c == separator) {
                row.add(cell.toString());
                cell.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                end(rows, row, cell, any);
                row = new ArrayList<>();
                any = false;
            } else {
                cell.append(c);
                any = true;
            }
        }
        end(rows, row, cell, any);
        return rows;
    }

    private static void end(List<List<String>> rows, List<String> row, StringBuilder cell, boolean any) {
        if (any || cell.length() > 0) {
            row.add(cell.toString());
            rows.add(row);
        }
        cell.setLength(0);
    }

    /** One line of cells, separated by commas, quoted where needed, formulas made harmless. */
    public static String line(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells.get(i)));
        }
        return line.append("\r\n").toString();
    }

    /**
     * One cell: quoted when it holds a comma, quote or line break; a leading = + - @ gets an apostrophe, as
     * spreadsheets would otherwise run it as a formula.
     */
    public static String cell(String text) {
        if (text == null) {
            return "";
        }
        String safe = text.matches("(?s)^[=+\\-@].*") && !text.matches("^[+-]?[0-9][0-9 .,]*$") ? "'" + text : text;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
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
