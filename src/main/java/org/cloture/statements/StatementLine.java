package org.cloture.statements;

import java.math.BigDecimal;
import java.util.List;

/**
 * One printed line of a compte de résultat: a heading, a line fed by accounts, a group total or a
 * result. {@code previous} is null when the previous year is not available.
 */
public record StatementLine(String code, String label, Kind kind, List<String> accounts,
                            BigDecimal amount, BigDecimal previous) {

    public enum Kind { HEADING, LINE, GROUP_TOTAL, RESULT }

    /** True when the line carries nothing in either year (omitted in the PDF, kept in the XLSX). */
    public boolean isEmpty() {
        return amount.signum() == 0 && (previous == null || previous.signum() == 0);
    }
}
