package org.cloture.ingest.table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.cloture.ingest.cells.AmountParser;
import org.cloture.ingest.cells.CountParser;
import org.cloture.ingest.cells.Texts;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;

/**
 * Recognises the total rows people add under their registers and checks them against the rows
 * above: a stale SUM formula often explains a figure the treasurer cannot reconcile.
 */
final class TotalRows {

    private static final Pattern TOTAL_LABEL = Pattern.compile("(sous[ -]?)?tota(l|ux)s?\\b.*");
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private final ColumnMap columns;
    private final String file;
    private final Map<String, BigDecimal> sums = new LinkedHashMap<>();

    TotalRows(ColumnMap columns, String file) {
        this.columns = columns;
        this.file = file;
        columns.kind().summedFields().stream().filter(columns::has).forEach(f -> sums.put(f, BigDecimal.ZERO));
    }

    /** « Total », « TOTAL GÉNÉRAL », « Sous-total » in the first filled cell. */
    boolean isLabelled(RawRow row) {
        return row.cells().stream().filter(c -> !c.isBlank()).findFirst()
                .map(c -> !c.isNumeric() && mayBeTotalLabel(c.text())
                        && TOTAL_LABEL.matcher(Texts.folded(c.text())).matches())
                .orElse(false);
    }

    /** « total… » or « sous-total… »: a cheap look at the first letter spares folding every row's first cell. */
    private static boolean mayBeTotalLabel(String text) {
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            return false;
        }
        char first = Character.toLowerCase(stripped.charAt(0));
        return first == 't' || first == 's';
    }

    /** Nothing that names a row, but numbers: a total, if nothing follows it. */
    boolean looksUnlabelled(RawRow row) {
        boolean namesSomething = columns.kind().fields().stream()
                .filter(f -> f.required() && !columns.kind().summedFields().contains(f.key()))
                .anyMatch(f -> !row.cell(columns.column(f.key())).isBlank());
        return !namesSomething && sums.keySet().stream().anyMatch(f -> value(f, row.cell(columns.column(f))).isPresent());
    }

    void addToSums(RawRow row) {
        sums.replaceAll((field, sum) -> value(field, row.cell(columns.column(field))).map(sum::add).orElse(sum));
    }

    /** One finding per summed column whose total differs from the sum; sub-totals are not checked. */
    List<Finding> check(RawRow total) {
        List<Finding> mismatches = new ArrayList<>();
        if (isLabelled(total) && Texts.folded(firstText(total)).startsWith("sous")) {
            return mismatches;
        }
        sums.forEach((field, sum) -> {
            RawCell cell = total.cell(columns.column(field));
            value(field, cell).filter(stated -> !same(field, stated, sum)).ifPresent(stated -> mismatches.add(
                    Finding.of(CheckId.TOTAL_ROW_MISMATCH,
                            SourceLocation.ofRow(file, total.sheet(), total.rowNumber()).withColumn(columns.header(field)),
                            cell.text(), display(field, stated), display(field, sum))));
        });
        return mismatches;
    }

    private static String firstText(RawRow row) {
        return row.cells().stream().filter(c -> !c.isBlank()).findFirst().map(RawCell::text).orElse("");
    }

    private static Optional<BigDecimal> value(String field, RawCell cell) {
        if (cell.isBlank()) {
            return Optional.empty();
        }
        return switch (field) {
            case "hours" -> FieldReader.hours(cell);
            case "participants", "memberStructures" ->
                    (cell.isNumeric() ? CountParser.fromNumber(cell.number()) : CountParser.parse(cell.text()))
                            .map(BigDecimal::valueOf);
            default -> cell.isNumeric() ? Optional.of(AmountParser.fromNumber(cell.number())) : AmountParser.parse(cell.text());
        };
    }

    /** Hours are compared to the minute: 3 × 3h20 sums to 9.9999 h at scale 4 but is 10 h. */
    private static boolean same(String field, BigDecimal stated, BigDecimal sum) {
        if (field.equals("hours")) {
            return toMinutes(stated).equals(toMinutes(sum));
        }
        return stated.compareTo(sum) == 0;
    }

    private static BigDecimal toMinutes(BigDecimal hours) {
        return hours.multiply(SIXTY).setScale(0, RoundingMode.HALF_UP);
    }

    private static String display(String field, BigDecimal value) {
        return switch (field) {
            case "hours" -> value.stripTrailingZeros().toPlainString().replace('.', ',') + " h";
            case "participants", "memberStructures" -> value.toPlainString();
            default -> String.format(Locale.FRANCE, "%,.2f €", value).replace('\u202F', ' ').replace('\u00A0', ' ');
        };
    }
}
