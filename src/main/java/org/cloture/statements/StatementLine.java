package org.cloture.statements;

import java.math.BigDecimal;
import java.util.List;

/**
 * One printed line of a compte de résultat: a heading, a line fed by accounts, a "dont" part of the line
 * above, a group total or a result. {@code previous} is null when the previous year is not available.
 *
 * @param details one line per account when the layout asks for them (null when it does not)
 * @param basis   how the amount was established, for contributions in kind (e.g. "902 h × 15,00 €"); null
 *                otherwise; {@code previousBasis} the same for N-1
 */
public record StatementLine(String code, String label, Kind kind, List<String> accounts,
                            BigDecimal amount, BigDecimal previous, List<Detail> details,
                            String basis, String previousBasis) {

    public enum Kind { HEADING, LINE, PART, GROUP_TOTAL, RESULT }

    /** One account under a detailed line, with its FEC label; {@code previous} null without N-1. */
    public record Detail(String account, String label, BigDecimal amount, BigDecimal previous) {

        public boolean isEmpty() {
            return amount.signum() == 0 && (previous == null || previous.signum() == 0);
        }
    }

    public StatementLine(String code, String label, Kind kind, List<String> accounts,
                         BigDecimal amount, BigDecimal previous) {
        this(code, label, kind, accounts, amount, previous, null, null, null);
    }

    /** True when the line carries nothing in either year (omitted in the PDF, kept in the XLSX). */
    public boolean isEmpty() {
        return amount.signum() == 0 && (previous == null || previous.signum() == 0);
    }
}
