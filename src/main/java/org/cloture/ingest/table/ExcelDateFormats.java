package org.cloture.ingest.table;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Whether a number format shows a date or a time: xlsx stores both as plain numbers. */
final class ExcelDateFormats {

    /** Built-in formats (ECMA-376 §18.8.30) that show dates or times and have no format string. */
    private static final Set<Integer> BUILT_IN = Set.of(14, 15, 16, 17, 18, 19, 20, 21, 22,
            27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58);

    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");
    private static final Pattern ESCAPED = Pattern.compile("\\\\.");
    private static final Pattern BRACKETS_BUT_ELAPSED = Pattern.compile("\\[(?![hms]+\\])[^\\]]*\\]");
    private static final Pattern DATE_TOKEN = Pattern.compile(".*[dmyhs].*");

    /** A workbook uses a handful of formats on many thousands of cells: each is judged once. */
    private static final Map<String, Boolean> VERDICT_BY_FORMAT = new ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED_FORMATS = 10_000;

    private ExcelDateFormats() {
    }

    static boolean isDateOrTime(Integer formatId, String formatString) {
        if (formatId != null && BUILT_IN.contains(formatId)) {
            return true;
        }
        if (formatString == null) {
            return false;
        }
        Boolean known = VERDICT_BY_FORMAT.get(formatString);
        if (known != null) {
            return known;
        }
        boolean verdict = showsDateOrTime(formatString);
        if (VERDICT_BY_FORMAT.size() < MAX_REMEMBERED_FORMATS) {
            VERDICT_BY_FORMAT.put(formatString, verdict);
        }
        return verdict;
    }

    private static boolean showsDateOrTime(String formatString) {
        // Quoted literals, escaped characters and [$-40C]/[Red] sections may contain d, m, y… that
        // are not date tokens; elapsed-time brackets such as [h] are tokens and are kept.
        String tokens = formatString;
        tokens = QUOTED.matcher(tokens).replaceAll("");
        tokens = ESCAPED.matcher(tokens).replaceAll("");
        tokens = BRACKETS_BUT_ELAPSED.matcher(tokens).replaceAll("").toLowerCase();
        String firstSection = tokens.split(";", -1)[0];
        return DATE_TOKEN.matcher(firstSection).matches() && !firstSection.contains("general");
    }
}
