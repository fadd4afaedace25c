package org.cloture.statements.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cloture.figures.FigureChange;
import org.cloture.money.Amounts;
import org.cloture.statements.IncomeStatement;
import org.cloture.statements.StatementLine;

/**
 * A budget beside the accounts, post by post in the order of the compte de résultat, with the totals of each
 * side. Two uses: the report compares the year's accounts with the year's budget (the difference is réalisé −
 * budget, its % of the budget); the programme shows the coming year's budget beside the closed year's accounts
 * (the difference is budget − réalisé, its % of the réalisé).
 *
 * @param budgetYear the year of the budget column
 * @param actualYear the year of the accounts column
 * @param execution  true for réalisé − budget (the year's execution), false for budget − réalisé (the outlook)
 */
public record BudgetComparison(int budgetYear, int actualYear, boolean execution, List<Line> lines,
                               Totals totals) {

    public enum Side { INCOME, EXPENSE, IN_KIND_INCOME, IN_KIND_EXPENSE }

    /**
     * One post.
     *
     * @param code       the line code, or the codes of the lines compared together joined by « + »
     * @param budget     zero when nothing was budgeted on the post
     * @param difference réalisé − budget (execution) or budget − réalisé (outlook)
     * @param percent    the difference in % of the reference (budget, resp. réalisé), one decimal; null when the
     *                   reference is zero
     */
    public record Line(String code, String label, Side side, BigDecimal budget, BigDecimal actual,
                       BigDecimal difference, BigDecimal percent) {
    }

    /** Each side's totals, and the budget's balance: charges and produits, contributions in kind included. */
    public record Totals(Line income, Line expenses, Line result, Line inKindIncome, Line inKindExpenses) {

        /** Budgeted produits (with the resources in kind) minus budgeted charges (with their uses). */
        public BigDecimal budgetImbalance() {
            return income.budget().add(inKindIncome.budget()).subtract(expenses.budget().add(inKindExpenses.budget()));
        }
    }

    /** The year's réalisé beside the year's budget. */
    public static BudgetComparison execution(PlacedBudget budget, int year, IncomeStatement accounts) {
        return of(budget, year, year, accounts, true);
    }

    /** The coming year's budget beside the closed year's réalisé. */
    public static BudgetComparison outlook(PlacedBudget budget, int comingYear, int closedYear, IncomeStatement accounts) {
        return of(budget, comingYear, closedYear, accounts, false);
    }

    private static BudgetComparison of(PlacedBudget budget, int budgetYear, int actualYear, IncomeStatement accounts,
                                       boolean execution) {
        BudgetLayout layout = budget.layout();
        Map<String, BigDecimal> actualByCode = actuals(accounts);
        Map<String, BigDecimal> budgetByPost = budget.amounts(budgetYear);
        // Every post with a budget, and every line with an amount: nothing spent is left out of the comparison.
        Set<String> postKeys = new LinkedHashSet<>();
        for (var line : layout.lines()) {
            List<String> post = budget.postOf(line.code());
            String key = post.get(0);
            BigDecimal actual = post.stream().map(code -> actualByCode.getOrDefault(code, Amounts.ZERO))
                    .reduce(Amounts.ZERO, BigDecimal::add);
            if (budgetByPost.containsKey(key) || actual.signum() != 0) {
                postKeys.add(key);
            }
        }
        List<Line> lines = new ArrayList<>();
        Map<Side, BigDecimal[]> sums = new LinkedHashMap<>();
        for (Side side : Side.values()) {
            sums.put(side, new BigDecimal[] {Amounts.ZERO, Amounts.ZERO});
        }
        for (String key : postKeys) {
            List<String> post = budget.postOf(key);
            BigDecimal actual = post.stream().map(code -> actualByCode.getOrDefault(code, Amounts.ZERO))
                    .reduce(Amounts.ZERO, BigDecimal::add);
            BigDecimal budgeted = budgetByPost.getOrDefault(key, Amounts.ZERO);
            Side side = side(layout, key);
            String label = String.join(" + ", post.stream().map(layout::label).toList());
            lines.add(line(String.join("+", post), label, side, budgeted, actual, execution));
            BigDecimal[] sum = sums.get(side);
            sum[0] = sum[0].add(budgeted);
            sum[1] = sum[1].add(actual);
        }
        Line income = total("totalIncome", "Total des produits", Side.INCOME, sums, execution);
        Line expenses = total("totalExpenses", "Total des charges", Side.EXPENSE, sums, execution);
        Line result = line("netResult", "Excédent ou déficit", Side.INCOME, income.budget().subtract(expenses.budget()),
                income.actual().subtract(expenses.actual()), execution);
        Line inKindIncome = total("inKindIncome", "Contributions volontaires en nature (ressources)",
                Side.IN_KIND_INCOME, sums, execution);
        Line inKindExpenses = total("inKindExpenses", "Emplois des contributions volontaires en nature",
                Side.IN_KIND_EXPENSE, sums, execution);
        return new BudgetComparison(budgetYear, actualYear, execution, lines,
                new Totals(income, expenses, result, inKindIncome, inKindExpenses));
    }

    private static Side side(BudgetLayout layout, String code) {
        if (layout.isInKind(code)) {
            return layout.isIncome(code) ? Side.IN_KIND_INCOME : Side.IN_KIND_EXPENSE;
        }
        return layout.isIncome(code) ? Side.INCOME : Side.EXPENSE;
    }

    private static Line total(String code, String label, Side side, Map<Side, BigDecimal[]> sums, boolean execution) {
        BigDecimal[] sum = sums.get(side);
        return line(code, label, side, sum[0], sum[1], execution);
    }

    private static Line line(String code, String label, Side side, BigDecimal budget, BigDecimal actual,
                             boolean execution) {
        BigDecimal difference = execution ? actual.subtract(budget) : budget.subtract(actual);
        BigDecimal percent = execution ? FigureChange.percent(actual, budget) : FigureChange.percent(budget, actual);
        return new Line(code, label, side, budget, actual, difference, percent);
    }

    /** The amount of each line fed by accounts, and of each contribution in kind. */
    private static Map<String, BigDecimal> actuals(IncomeStatement accounts) {
        Map<String, BigDecimal> actuals = new LinkedHashMap<>();
        if (accounts == null) {
            return actuals;
        }
        for (StatementLine line : accounts.lines()) {
            if (line.kind() == StatementLine.Kind.LINE && line.amount() != null) {
                actuals.merge(line.code(), line.amount(), BigDecimal::add);
            }
        }
        for (StatementLine line : accounts.inKindIncome()) {
            actuals.merge(line.code(), line.amount(), BigDecimal::add);
        }
        for (StatementLine line : accounts.inKindExpenses()) {
            actuals.merge(line.code(), line.amount(), BigDecimal::add);
        }
        return actuals;
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }
}
