package org.cairncrm.platform.api.paging;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Text as quick searches compare it: lower case, without diacritics ("Łódź" and "lodz" are the same), single
 * spaces. A module keeps the folded text of a record's searchable fields in one column and declares it with
 * {@code JpaList.foldedSearch(...)}; the platform folds the user's query the same way.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchText() {
    }

    /** {@code text} folded; empty for null. */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        // letters that are not a base letter plus a combining mark, so that NFD leaves them whole
        String plain = text.replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o').replace('Ø', 'O')
                .replace('đ', 'd').replace('Đ', 'D').replace("ß", "ss").replace('æ', 'a').replace('Æ', 'A')
                .replace('œ', 'o').replace('Œ', 'O').replace('ı', 'i');
        String bare = MARKS.matcher(Normalizer.normalize(plain, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /**
     * The folded texts of {@code parts} joined by a separator that no query contains, so that a search never
     * matches across two fields; nulls are skipped.
     */
    public static String of(String... parts) {
        StringBuilder folded = new StringBuilder();
        for (String part : parts) {
            String one = fold(Objects.toString(part, ""));
            if (!one.isEmpty()) {
                folded.append('|').append(one);
            }
        }
        return folded.append('|').toString();
    }

    /**
     * The words of {@code text} as a word search sees them: folded, split at everything that is not a letter or a
     * digit ("biuro@lodzki.example" is biuro, lodzki, example; "725-000-00-01" is 725, 000, 00, 01).
     */
    public static java.util.List<String> words(String text) {
        String folded = fold(text);
        java.util.List<String> words = new java.util.ArrayList<>();
        for (String word : NOT_WORD.split(folded)) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /**
     * The words of {@code parts} as one text for a word search column: each word once, separated by single spaces,
     * with a space before the first and after the last, so that {@code LIKE '% w%'} finds the words that begin
     * with {@code w}.
     */
    public static String wordText(String... parts) {
        java.util.Set<String> words = new java.util.LinkedHashSet<>();
        for (String part : parts) {
            words.addAll(words(part));
        }
        return words.isEmpty() ? " " : " " + String.join(" ", words) + " ";
    }
}
