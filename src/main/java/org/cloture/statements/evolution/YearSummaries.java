package org.cloture.statements.evolution;

import java.math.BigDecimal;
import org.cloture.money.Amounts;
import org.cloture.statements.BalanceSheetLine;
import org.cloture.statements.Statements;
import org.cloture.statements.annex.BalanceDetailRow;
import org.cloture.statements.annex.BalanceDetailTable;

/** Summarises one year's statements for the evolution table. */
public final class YearSummaries {

    static final String EQUITY_GROUP = "equity";
    static final String CASH_LINE = "BA_DISPONIBILITES";
    static final String BANK_DEBT_LINE = "BP_DETTES_BANCAIRES";

    private YearSummaries() {
    }

    /** @param debts the year's état des dettes, to find the short-term bank debts among bank debts */
    public static YearSummary of(int year, Statements statements, BalanceDetailTable debts) {
        var income = statements.incomeStatement();
        var bilan = statements.balanceSheet();
        BigDecimal equity = bilan.liabilities().stream()
                .filter(line -> line.kind() == BalanceSheetLine.Kind.GROUP_TOTAL && line.code().equals(EQUITY_GROUP))
                .map(BalanceSheetLine::net).findFirst().orElse(Amounts.ZERO);
        BigDecimal cash = bilan.assets().stream()
                .filter(line -> line.kind() == BalanceSheetLine.Kind.LINE && line.code().equals(CASH_LINE))
                .map(BalanceSheetLine::net).findFirst().orElse(Amounts.ZERO);
        BigDecimal overdrafts = debts.rows().stream()
                .filter(row -> row.lineCode().equals(BANK_DEBT_LINE) && row.account().startsWith("5"))
                .map(BalanceDetailRow::amount).reduce(Amounts.ZERO, BigDecimal::add);
        return new YearSummary(year, income.total("totalIncome"), income.total("totalExpenses"), income.netResult(),
                equity, cash.subtract(overdrafts));
    }
}
