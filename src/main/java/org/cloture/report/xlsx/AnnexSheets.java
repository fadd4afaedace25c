package org.cloture.report.xlsx;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.cloture.report.ReportModel;
import org.cloture.statements.annex.Annex;
import org.cloture.statements.annex.BalanceDetailRow;
import org.cloture.statements.annex.BalanceDetailTable;
import org.cloture.statements.annex.MovementRow;
import org.cloture.statements.annex.MovementTable;
import org.cloture.statements.evolution.YearSummary;

/**
 * The "Annexe" and "Évolution" sheets of the treasurer's workbook. Receivables and debts keep their
 * auxiliary account and its label (CompAuxLib): the treasurer needs them to chase each balance.
 */
final class AnnexSheets {

    private AnnexSheets() {
    }

    static void annex(SheetWriter writer, Annex annex) {
        Sheet sheet = writer.sheet("Annexe", List.of("Compte", "Libellé", "Compte auxiliaire", "Libellé auxiliaire",
                "Début d'exercice", "Augmentations", "Diminutions", "Montant / fin d'exercice", "Poste du bilan"),
                12, 44, 12, 30, 16, 16, 16, 16, 26);
        writer.internalColumn(sheet, 8);
        int index = 1;
        index = detail(writer, sheet, index, annex.receivables());
        index = detail(writer, sheet, index, annex.debts());
        for (MovementTable table : annex.movementTables()) {
            index = movements(writer, sheet, index, table);
        }
    }

    private static int detail(SheetWriter writer, Sheet sheet, int index, BalanceDetailTable table) {
        writer.label(sheet.createRow(index++), 0, table.title(), true);
        for (BalanceDetailRow line : table.rows()) {
            Row row = sheet.createRow(index++);
            writer.inputText(row, 0, line.account());
            writer.inputText(row, 1, line.accountLabel());
            writer.inputText(row, 2, line.auxiliary());
            writer.inputText(row, 3, line.auxiliaryLabel());
            writer.amount(row, 7, line.amount(), false);
            writer.label(row, 8, line.lineCode(), false);
        }
        Row total = sheet.createRow(index++);
        writer.label(total, 1, "Total " + lowerFirst(table.title()), true);
        writer.amount(total, 7, table.total(), true);
        return index + 1;
    }

    private static int movements(SheetWriter writer, Sheet sheet, int index, MovementTable table) {
        Row title = sheet.createRow(index++);
        writer.label(title, 0, table.title(), true);
        writer.label(title, 5, table.increasesLabel(), true);
        writer.label(title, 6, table.decreasesLabel(), true);
        for (MovementRow line : table.rows()) {
            Row row = sheet.createRow(index++);
            writer.inputText(row, 0, line.account());
            writer.inputText(row, 1, line.label());
            amounts(writer, row, line, false);
            writer.label(row, 8, line.lineCode(), false);
        }
        Row total = sheet.createRow(index++);
        writer.label(total, 1, "Total", true);
        amounts(writer, total, table.total(), true);
        return index + 1;
    }

    private static void amounts(SheetWriter writer, Row row, MovementRow line, boolean emphasised) {
        writer.amount(row, 4, line.opening(), emphasised);
        writer.amount(row, 5, line.increases(), emphasised);
        writer.amount(row, 6, line.decreases(), emphasised);
        writer.amount(row, 7, line.closing(), emphasised);
    }

    static void evolution(SheetWriter writer, ReportModel model) {
        Sheet sheet = writer.sheet("Évolution", List.of("Exercice", "Total des produits", "Total des charges",
                "Excédent ou déficit", "Fonds propres", "Trésorerie nette"), 12, 20, 20, 20, 20, 20);
        int index = 1;
        for (YearSummary year : model.evolution()) {
            Row row = sheet.createRow(index++);
            writer.integer(row, 0, year.year());
            writer.amount(row, 1, year.totalIncome(), false);
            writer.amount(row, 2, year.totalExpenses(), false);
            writer.amount(row, 3, year.result(), false);
            writer.amount(row, 4, year.equity(), false);
            writer.amount(row, 5, year.treasury(), false);
        }
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
