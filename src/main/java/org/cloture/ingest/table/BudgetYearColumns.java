package org.cloture.ingest.table;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cloture.ingest.cells.Texts;

/**
 * The amount columns of a budget prévisionnel, one per year, named by the year in their header (« Budget 2026 »,
 * « BP 2025 », « Prévisionnel 2026 », « 2026 »). Columns of what was actually spent (« Réalisé 2024 »), of a
 * difference or of a percentage are not budgets. A header naming two years (« 2025/2026 ») says nothing sure.
 */
public final class BudgetYearColumns {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20\\d{2})(?!\\d)");

    /** Words of a budget header, folded (no accents, lower case). */
    private static final Pattern BUDGET_WORD = Pattern.compile(
            "\\b(budget\\w*|bp|previsionnel\\w*|prevision\\w*|prevu\\w*|vote)\\b");

    /** Words of a column that is not a budget: the actual amounts, a difference, a percentage. */
    private static final Pattern NOT_BUDGET = Pattern.compile(
            "\\b(realise\\w*|reel\\w*|realisation\\w*|constate\\w*|actual|ecart\\w*|variation|evolution)\\b|%");

    private static final String PREFIX = "budget";

    private BudgetYearColumns() {
    }

    /** Year → column index, for the headers that name one year and no actual amount. */
    static Map<Integer, Integer> of(List<String> headers) {
        Map<Integer, Integer> columns = new LinkedHashMap<>();
        for (int column = 0; column < headers.size(); column++) {
            String folded = Texts.folded(headers.get(column));
            if (folded.isEmpty() || NOT_BUDGET.matcher(folded).find()) {
                continue;
            }
            Matcher year = YEAR.matcher(folded);
            if (!year.find()) {
                continue;
            }
            String found = year.group(1);
            if (year.find() && !year.group(1).equals(found)) {
                continue;
            }
            columns.putIfAbsent(Integer.valueOf(found), column);
        }
        return columns;
    }

    /** The field key of a year's amount column in a {@link ColumnMap}. */
    public static String field(int year) {
        return PREFIX + year;
    }

    /** A year column and a header that speaks of a budget (the amounts' or the posts'). */
    static boolean isBudget(ColumnMap columns) {
        return !years(columns).isEmpty()
                && columns.headers().stream().anyMatch(header -> BUDGET_WORD.matcher(Texts.folded(header)).find());
    }

    /** The years a budget sheet gives, each with its field key, in year order. */
    public static Map<Integer, String> years(ColumnMap columns) {
        Map<Integer, String> years = new TreeMap<>();
        for (String field : columns.fields()) {
            if (field.startsWith(PREFIX) && field.length() == PREFIX.length() + 4
                    && Character.isDigit(field.charAt(PREFIX.length()))) {
                years.put(Integer.valueOf(field.substring(PREFIX.length())), field);
            }
        }
        return years;
    }
}
