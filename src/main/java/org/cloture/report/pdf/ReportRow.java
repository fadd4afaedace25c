package org.cloture.report.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One row of a {@link ReportTable}.
 *
 * @param label row label
 * @param cells formatted amounts, one per amount column; an empty string or null leaves the cell blank
 *              (HEADING rows usually have blank cells)
 * @param style how the row is printed
 */
public record ReportRow(String label, List<String> cells, RowStyle style) {

    public ReportRow {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(style, "style");
        // List.copyOf rejects nulls; blank cells are legitimate, so copy by hand.
        cells = Collections.unmodifiableList(new ArrayList<>(cells));
    }
}
