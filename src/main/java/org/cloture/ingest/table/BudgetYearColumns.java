package org.cloture.ingest.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cloture.ingest.cells.Texts;

/**
 * The amount columns of a budget prévisionnel, one per year, and whether a header row is a budget's at all.
 *
 * <p>Budgets are named in many ways, often without the word « budget »: « Budget 2026 », « BP 2025 »,
 * « Prévisionnel 2026 », « Prévu 2026 », « Exercice 2026 », « 2026 » alone, or « Montant » under a title that
 * gives the year. Each header is read for its meaning: an amount of one year (a forecast or a plain year), an
 * amount whose year is the context's (the title rows', else the folder's), what was actually spent
 * (« Réalisé 2024 », « Réel 2025 »: never a budget's amount, but a sign of a budget beside its réalisé), a
 * difference or a percentage, or a comment. A header naming two years (« 2025/2026 ») says nothing sure.
 *
 * <p>A row is a budget when a header speaks of a forecast, or when it has the shape of one: a post column and
 * nothing but such amount, réalisé, difference or comment columns, with years that do not run backwards (a
 * published compte de résultat sets « Exercice 2025 » before « Exercice 2024 ») and, without a réalisé column,
 * a lone year that is not already past for the folder.
 */
public final class BudgetYearColumns {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20\\d{2})(?!\\d)");

    /** Words of a forecast, folded (no accents, lower case). */
    private static final Pattern BUDGET_WORD = Pattern.compile(
            "\\b(budget\\w*|bp|previsionnel\\w*|prevision\\w*|prevu\\w*|votee?s?|estime\\w*|estimation\\w*)\\b");

    /** Words of what was actually spent or received. */
    private static final Pattern ACTUAL = Pattern.compile(
            "\\b(realise\\w*|reel\\w*|realisation\\w*|constate\\w*|execute\\w*|execution|actual|comptes?)\\b");

    /** A difference or a share between two columns. */
    private static final Pattern DIFFERENCE = Pattern.compile(
            "\\b(ecart\\w*|variation\\w*|evolution\\w*|difference\\w*|taux|diff)\\b|%");

    /** Free text beside the amounts. */
    private static final Pattern COMMENT = Pattern.compile(
            "^(commentaires?|observations?|remarques?|notes?|explications?|justifications?|precisions?|details?)\\b.*");

    /** An amount that names no year: « Montant », « Montant (€) », « Prévisionnel », « En euros ». */
    private static final Pattern AMOUNT = Pattern.compile(
            "^(montants?|sommes?|en euros?|euros?|eur|€|total)\\b.*|.*\\b(montants?|en euros?)\\b.*|^€$");

    /** What a year column's header adds to its year when it is no forecast: « Exercice », « Année », « Total ». */
    private static final Pattern PLAIN_YEAR = Pattern.compile(
            "^((exercice|annee|an|total|montants?|en euros?|euros?|eur)\\s*)?(20\\d{2})(\\s*(\\(?\\s*(€|eur|euros?|en euros?)\\s*\\)?))?$");

    private static final String PREFIX = "budget";

    /** How one header reads. */
    enum Meaning { FORECAST_YEAR, PLAIN_YEAR, AMOUNT, ACTUAL, DIFFERENCE, COMMENT, OTHER }

    private BudgetYearColumns() {
    }

    /** Year → column index, for the headers that name one year and no actual amount; no context year. */
    static Map<Integer, Integer> of(List<String> headers) {
        return of(headers, null);
    }

    /**
     * Year → column index: the headers that name one year and no actual amount, and, when no header names a
     * year of its own, the first amount column without a year for {@code contextYear} (null: none).
     */
    static Map<Integer, Integer> of(List<String> headers, Integer contextYear) {
        return of(headers, contextYear, java.util.Set.of());
    }

    /** The same, leaving aside the columns already taken (the post's, the account's: « Poste budgétaire »). */
    static Map<Integer, Integer> of(List<String> headers, Integer contextYear, java.util.Set<Integer> taken) {
        Map<Integer, Integer> columns = new LinkedHashMap<>();
        int yearless = -1;
        for (int column = 0; column < headers.size(); column++) {
            if (taken.contains(column)) {
                continue;
            }
            String header = headers.get(column);
            Meaning meaning = meaning(header);
            if (meaning == Meaning.FORECAST_YEAR || meaning == Meaning.PLAIN_YEAR) {
                columns.putIfAbsent(year(header), column);
            } else if (meaning == Meaning.AMOUNT && yearless < 0) {
                yearless = column;
            }
        }
        if (columns.isEmpty() && yearless >= 0 && contextYear != null) {
            columns.put(contextYear, yearless);
        }
        return columns;
    }

    /** What a header means for a budget. */
    static Meaning meaning(String header) {
        String folded = Texts.folded(header == null ? "" : header).strip();
        if (folded.isEmpty()) {
            return Meaning.OTHER;
        }
        if (DIFFERENCE.matcher(folded).find()) {
            return Meaning.DIFFERENCE;
        }
        if (ACTUAL.matcher(folded).find()) {
            return Meaning.ACTUAL;
        }
        if (COMMENT.matcher(folded).matches()) {
            return Meaning.COMMENT;
        }
        List<String> years = years(folded);
        if (years.size() > 1) {
            return Meaning.OTHER;
        }
        boolean forecast = BUDGET_WORD.matcher(folded).find();
        if (years.size() == 1) {
            if (forecast) {
                return Meaning.FORECAST_YEAR;
            }
            return PLAIN_YEAR.matcher(folded.replaceAll("[:\\-–]", " ").replaceAll("\\s+", " ").strip()).matches()
                    ? Meaning.PLAIN_YEAR : Meaning.OTHER;
        }
        return forecast || AMOUNT.matcher(folded).matches() ? Meaning.AMOUNT : Meaning.OTHER;
    }

    private static List<String> years(String folded) {
        List<String> found = new ArrayList<>();
        Matcher year = YEAR.matcher(folded);
        while (year.find()) {
            if (!found.contains(year.group(1))) {
                found.add(year.group(1));
            }
        }
        return found;
    }

    private static int year(String header) {
        return Integer.parseInt(years(Texts.folded(header)).get(0));
    }

    /** The field key of a year's amount column in a {@link ColumnMap}. */
    public static String field(int year) {
        return PREFIX + year;
    }

    /** The one year a title row names (« Budget prévisionnel 2026 », « Exercice 2026 »), if it names one. */
    static Integer titleYear(List<RawRow> titleRows) {
        Integer found = null;
        for (RawRow row : titleRows) {
            for (RawCell cell : row.cells()) {
                if (cell.isBlank() || cell.isNumeric()) {
                    continue;
                }
                List<String> years = years(Texts.folded(cell.text()));
                if (years.size() == 1) {
                    int year = Integer.parseInt(years.get(0));
                    if (found != null && found != year) {
                        return null;
                    }
                    found = year;
                }
            }
        }
        return found;
    }

    /**
     * Whether a header row with a post column is a budget's: a header speaks of a forecast, or the row has a
     * budget's shape (see the class comment). {@code folderYear}: the year of the folder the file lies in, null
     * when not known.
     */
    static boolean isBudget(ColumnMap columns, Integer folderYear) {
        if (years(columns).isEmpty()) {
            return false;
        }
        List<String> headers = columns.headers();
        // « Poste budgétaire », « Budget 2026 », « Prévu 2026 »: a header says it.
        if (headers.stream().anyMatch(header -> BUDGET_WORD.matcher(Texts.folded(header)).find())) {
            return true;
        }
        List<Integer> plainYears = new ArrayList<>();
        boolean actual = false;
        for (int column = 0; column < headers.size(); column++) {
            if (column == columns.column("line") || column == columns.column("account")) {
                continue;
            }
            Meaning meaning = meaning(headers.get(column));
            switch (meaning) {
                case OTHER -> {
                    if (!headers.get(column).isBlank()) {
                        return false;
                    }
                }
                case PLAIN_YEAR -> plainYears.add(year(headers.get(column)));
                case ACTUAL -> actual = true;
                default -> {
                }
            }
        }
        if (actual) {
            return true;
        }
        for (int index = 1; index < plainYears.size(); index++) {
            if (plainYears.get(index) < plainYears.get(index - 1)) {
                return false;
            }
        }
        return plainYears.size() != 1 || folderYear == null || plainYears.get(0) >= folderYear;
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
