package org.cairncrm.contacts.internal;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Lists of short texts (phones, e-mails) kept in one column, one per line. */
final class Lines {

    private static final Pattern BREAK = Pattern.compile("\\R");

    private Lines() {
    }

    static String join(List<String> values) {
        List<String> kept = values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
        return kept.isEmpty() ? null : String.join("\n", kept);
    }

    static List<String> split(String column) {
        return column == null || column.isEmpty() ? List.of() : Arrays.asList(BREAK.split(column));
    }
}
