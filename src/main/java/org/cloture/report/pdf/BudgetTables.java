package org.cloture.report.pdf;

import java.util.ArrayList;
import java.util.List;
import org.cloture.money.FrenchFormat;
import org.cloture.statements.budget.BudgetComparison;

/**
 * A budget beside the accounts, as a table of the compte de résultat's posts: in the report, the year's budget
 * and réalisé with the difference and its %; in the programme, the closed year's réalisé and the coming year's
 * budget with the change.
 */
final class BudgetTables {

    private BudgetTables() {
    }

    static ReportTable table(BudgetComparison comparison) {
        List<String> headers = comparison.execution()
                ? List.of("Poste", "Budget " + comparison.budgetYear(), "Réalisé " + comparison.actualYear(),
                "Écart", "Écart en %")
                : List.of("Poste", "Réalisé " + comparison.actualYear(), "Budget " + comparison.budgetYear(),
                "Variation", "Variation en %");
        List<ReportRow> rows = new ArrayList<>();
        BudgetComparison.Totals totals = comparison.totals();
        section(rows, comparison, "Produits", BudgetComparison.Side.INCOME, totals.income());
        section(rows, comparison, "Charges", BudgetComparison.Side.EXPENSE, totals.expenses());
        rows.add(row(comparison, totals.result(), RowStyle.TOTAL));
        if (comparison.lines().stream().anyMatch(line -> line.side() == BudgetComparison.Side.IN_KIND_INCOME
                || line.side() == BudgetComparison.Side.IN_KIND_EXPENSE)) {
            section(rows, comparison, "Contributions volontaires en nature — ressources",
                    BudgetComparison.Side.IN_KIND_INCOME, totals.inKindIncome());
            section(rows, comparison, "Contributions volontaires en nature — emplois",
                    BudgetComparison.Side.IN_KIND_EXPENSE, totals.inKindExpenses());
        }
        String title = comparison.execution()
                ? "Budget " + comparison.budgetYear() + " et réalisé"
                : "Réalisé " + comparison.actualYear() + " et budget prévisionnel " + comparison.budgetYear();
        return new ReportTable(title, headers, rows);
    }

    private static void section(List<ReportRow> rows, BudgetComparison comparison, String heading,
                                BudgetComparison.Side side, BudgetComparison.Line total) {
        rows.add(new ReportRow(heading, List.of("", "", "", ""), RowStyle.HEADING));
        comparison.lines().stream().filter(line -> line.side() == side)
                .forEach(line -> rows.add(row(comparison, line, RowStyle.LINE)));
        rows.add(row(comparison, total, RowStyle.SUBTOTAL));
    }

    private static ReportRow row(BudgetComparison comparison, BudgetComparison.Line line, RowStyle style) {
        String first = FrenchFormat.amount(comparison.execution() ? line.budget() : line.actual());
        String second = FrenchFormat.amount(comparison.execution() ? line.actual() : line.budget());
        String percent = line.percent() == null ? "—"
                : (line.percent().signum() > 0 ? "+" : "") + FrenchText.percent(line.percent());
        String difference = (line.difference().signum() > 0 ? "+" : "") + FrenchFormat.amount(line.difference());
        return new ReportRow(line.label(), List.of(first, second, difference, percent), style);
    }
}
