package org.cloture.report.pdf;

import java.util.List;
import java.util.Objects;

/**
 * A financial statement printed as a table on its own page(s).
 *
 * @param title         e.g. "Compte de résultat", "Bilan — actif"
 * @param columnHeaders header of the label column, then one header per amount column (1 to 4)
 * @param rows          rows in print order; each has exactly one cell per amount column
 */
public record ReportTable(String title, List<String> columnHeaders, List<ReportRow> rows) {

    /** Most amount columns a table can have: the bilan's Brut / Amort. / Net N / Net N-1. */
    public static final int MAX_AMOUNT_COLUMNS = 4;

    public ReportTable {
        Objects.requireNonNull(title, "title");
        columnHeaders = List.copyOf(columnHeaders);
        rows = List.copyOf(rows);
        int amountColumns = columnHeaders.size() - 1;
        if (amountColumns < 1 || amountColumns > MAX_AMOUNT_COLUMNS) {
            throw new IllegalArgumentException("A table needs 1 to " + MAX_AMOUNT_COLUMNS
                    + " amount columns after the label column, got headers " + columnHeaders);
        }
        for (ReportRow row : rows) {
            if (row.cells().size() != amountColumns) {
                throw new IllegalArgumentException("Row '" + row.label() + "' has " + row.cells().size()
                        + " cells but table '" + title + "' has " + amountColumns + " amount columns");
            }
        }
    }

    /** Number of amount columns, i.e. headers minus the label column. */
    public int amountColumnCount() {
        return columnHeaders.size() - 1;
    }
}
