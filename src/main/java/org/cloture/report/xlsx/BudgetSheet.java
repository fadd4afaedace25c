package org.cloture.report.xlsx;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.cloture.programme.ComingYear;
import org.cloture.statements.budget.BudgetComparison;

/**
 * The "Budget" sheet: the year's budget beside its réalisé, then the coming year's budget beside the same
 * réalisé, post by post with the totals; numbers as numbers, no formula, so that the treasurer can check them.
 */
final class BudgetSheet {

    private BudgetSheet() {
    }

    static void write(SheetWriter writer, ComingYear coming) {
        Sheet sheet = writer.sheet("Budget", List.of("Comparaison", "Code", "Poste", "Budget", "Réalisé",
                "Écart", "Écart (%)"), 30, 36, 50, 16, 16, 16, 12);
        int index = 1;
        for (BudgetComparison comparison : java.util.stream.Stream.of(coming.execution(), coming.outlook())
                .filter(java.util.Objects::nonNull).toList()) {
            String title = comparison.execution()
                    ? "Budget " + comparison.budgetYear() + " / réalisé " + comparison.actualYear() + " (réalisé − budget)"
                    : "Budget " + comparison.budgetYear() + " / réalisé " + comparison.actualYear() + " (budget − réalisé)";
            for (BudgetComparison.Line line : comparison.lines()) {
                line(writer, sheet.createRow(index++), title, line, false);
            }
            BudgetComparison.Totals totals = comparison.totals();
            for (BudgetComparison.Line total : List.of(totals.income(), totals.expenses(), totals.result(),
                    totals.inKindIncome(), totals.inKindExpenses())) {
                line(writer, sheet.createRow(index++), title, total, true);
            }
            index++;
        }
    }

    private static void line(SheetWriter writer, Row row, String title, BudgetComparison.Line line, boolean total) {
        writer.label(row, 0, title, false);
        writer.label(row, 1, line.code(), false);
        writer.label(row, 2, line.label(), total);
        writer.amount(row, 3, line.budget(), total);
        writer.amount(row, 4, line.actual(), total);
        writer.amount(row, 5, line.difference(), total);
        if (line.percent() != null) {
            writer.amount(row, 6, line.percent(), total);
        }
    }
}
