package org.cloture.statements.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.cloture.money.FrenchFormat;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;

/**
 * A budget prévisionnel is voted in balance: its charges equal its produits, contributions in kind included on
 * both sides. One warning per budgeted year that does not balance.
 */
public final class BudgetBalance {

    private BudgetBalance() {
    }

    public static List<Finding> check(PlacedBudget budget, List<BudgetComparison> comparisons) {
        List<Finding> findings = new ArrayList<>();
        for (BudgetComparison comparison : comparisons) {
            if (!budget.years().contains(comparison.budgetYear())) {
                continue;
            }
            BudgetComparison.Totals totals = comparison.totals();
            BigDecimal charges = totals.expenses().budget().add(totals.inKindExpenses().budget());
            BigDecimal produits = totals.income().budget().add(totals.inKindIncome().budget());
            BigDecimal imbalance = totals.budgetImbalance();
            if (imbalance.signum() != 0) {
                findings.add(Finding.of(CheckId.BUDGET_UNBALANCED, SourceLocation.ofFile(budget.file()), null,
                        comparison.budgetYear(), FrenchFormat.amount(charges), FrenchFormat.amount(produits),
                        FrenchFormat.amount(imbalance)));
            }
        }
        return findings;
    }
}
