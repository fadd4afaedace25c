package org.cloture.statements;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.cloture.ledger.TrialBalance;
import org.cloture.money.FrenchFormat;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;

/** Integrity of the statements against the trial balance they were built from. */
public final class StatementChecks {

    private StatementChecks() {
    }

    public static List<Finding> check(TrialBalance ledger, Statements statements) {
        List<Finding> findings = new ArrayList<>();
        IncomeStatement income = statements.incomeStatement();
        compare(findings, "Total des produits", income.total("totalIncome"), ledger.balanceOf("7").negate());
        compare(findings, "Total des charges", income.total("totalExpenses"), ledger.balanceOf("6"));
        BalanceSheet bilan = statements.balanceSheet();
        if (bilan.totalAssets().compareTo(bilan.totalLiabilities()) != 0) {
            findings.add(Finding.of(CheckId.BALANCE_SHEET_UNBALANCED, null, null,
                    FrenchFormat.amount(bilan.totalAssets()), FrenchFormat.amount(bilan.totalLiabilities())));
        }
        if (income.inKindIncomeTotal().compareTo(income.inKindExpensesTotal()) != 0) {
            findings.add(Finding.of(CheckId.IN_KIND_UNBALANCED, null, null,
                    FrenchFormat.amount(income.inKindExpensesTotal()), FrenchFormat.amount(income.inKindIncomeTotal())));
        }
        return findings;
    }

    private static void compare(List<Finding> findings, String what, BigDecimal statement, BigDecimal ledger) {
        if (statement.compareTo(ledger) != 0) {
            findings.add(Finding.of(CheckId.STATEMENT_TOTAL_MISMATCH, null, null, what,
                    FrenchFormat.amount(statement), FrenchFormat.amount(ledger)));
        }
    }
}
