package org.cloture.statements;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The compte de résultat with N and N-1, its totals by code (operatingIncome, netResult…), and the
 * contributions volontaires en nature shown below it.
 */
public record IncomeStatement(List<StatementLine> lines, Map<String, BigDecimal> totals,
                              Map<String, BigDecimal> previousTotals,
                              List<StatementLine> inKindIncome, List<StatementLine> inKindExpenses,
                              BigDecimal inKindIncomeTotal, BigDecimal inKindExpensesTotal,
                              BigDecimal previousInKindIncomeTotal, BigDecimal previousInKindExpensesTotal) {

    public BigDecimal total(String code) {
        return totals.get(code);
    }

    /** Previous year's total, or null when that year is not available. */
    public BigDecimal previousTotal(String code) {
        return previousTotals == null ? null : previousTotals.get(code);
    }

    public BigDecimal netResult() {
        return totals.get("netResult");
    }
}
