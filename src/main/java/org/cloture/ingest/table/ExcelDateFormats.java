package org.cloture.ingest.table;

import java.util.Set;

/** Whether a number format shows a date or a time: xlsx stores both as plain numbers. */
final class ExcelDateFormats {

    /** Built-in formats (ECMA-376 §18.8.30) that show dates or times and have no format string. */
    private static final Set<Integer> BUILT_IN = Set.of(14, 15, 16, 17, 18, 19, 20, 21, 22,
            27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58);

    private ExcelDateFormats() {
    }

    static boolean isDateOrTime(Integer formatId, String formatString) {
        if (formatId != null && BUILT_IN.contains(formatId)) {
            return true;
        }
        if (formatString == null) {
            return false;
        }
        // Quoted literals, escaped characters and [$-40C]/[Red] sections may contain d, m, y… that
        // are not date tokens; elapsed-time brackets such as [h] are tokens and are kept.
        String tokens = formatString
                .replaceAll("\"[^\"]*\"", "")
                .replaceAll("\\\\.", "")
                .replaceAll("\\[(?![hms]+\\])[^\\]]*\\]", "")
                .toLowerCase();
        String firstSection = tokens.split(";", -1)[0];
        return firstSection.matches(".*[dmyhs].*") && !firstSection.contains("general");
    }
}
