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

    /**
     * Each comparison under its own bold title row; a line reads like the PDF's table: the post first, the
     * amounts, and the line's code last, hidden.
     */
    static void write(SheetWriter writer, ComingYear coming) {
        Sheet sheet = writer.sheet("Budget", List.of("Poste", "Budget", "Réalisé", "Écart", "Écart (%)", "Code"),
                50, 16, 16, 16, 12, 36);
        writer.internalColumn(sheet, 5);
        int index = 1;
        for (BudgetComparison comparison : java.util.stream.Stream.of(coming.execution(), coming.outlook())
                .filter(java.util.Objects::nonNull).toList()) {
            String title = comparison.execution()
                    ? "Budget " + comparison.budgetYear() + " / réalisé " + comparison.actualYear() + " (réalisé − budget)"
                    : "Budget " + comparison.budgetYear() + " / réalisé " + comparison.actualYear() + " (budget − réalisé)";
            writer.label(sheet.createRow(index++), 0, title, true);
            for (BudgetComparison.Line line : comparison.lines()) {
                line(writer, sheet.createRow(index++), line, false);
            }
            BudgetComparison.Totals totals = comparison.totals();
            for (BudgetComparison.Line total : List.of(totals.income(), totals.expenses(), totals.result(),
                    totals.inKindIncome(), totals.inKindExpenses())) {
                line(writer, sheet.createRow(index++), total, true);
            }
            index++;
        }
    }

    private static void line(SheetWriter writer, Row row, BudgetComparison.Line line, boolean total) {
        writer.label(row, 0, line.label(), total);
        writer.amount(row, 1, line.budget(), total);
        writer.amount(row, 2, line.actual(), total);
        writer.amount(row, 3, line.difference(), total);
        if (line.percent() != null) {
            writer.percent(row, 4, line.percent(), total);
        }
        writer.label(row, 5, line.code(), false);
    }
}
