package org.cloture.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.cloture.ledger.AccountBalance;
import org.cloture.report.ReportModel;
import org.cloture.statements.BalanceSheetLine;
import org.cloture.statements.StatementLine;

/**
 * {@code etats-financiers-<year>.xlsx}: compte de résultat, bilan and balance générale, every line kept
 * (even empty ones) so that the treasurer and the auditors can tie each figure to its accounts.
 */
public final class StatementsWorkbook {

    private StatementsWorkbook() {
    }

    public static void write(ReportModel model, OutputStream output) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            WorkbookProperties.stamp(workbook, model);
            SheetWriter writer = new SheetWriter(workbook, footer(model));
            incomeStatement(writer, model);
            balanceSheet(writer, model);
            trialBalance(writer, model);
            if (model.annex() != null) {
                AnnexSheets.annex(writer, model.annex());
            }
            if (!model.evolution().isEmpty()) {
                AnnexSheets.evolution(writer, model);
            }
            if (model.statements().presentation() != null) {
                PresentationSheet.write(writer, model.statements());
            }
            if (model.network() != null) {
                NetworkSheet.network(writer, model.network());
            }
            KeyFiguresSheet.write(writer, model);
            writer.finish();
            workbook.write(output);
        }
    }

    static PrintLayout.Footer footer(ReportModel model) {
        return new PrintLayout.Footer(model.associationName(), model.year());
    }

    private static void incomeStatement(SheetWriter writer, ReportModel model) {
        String year = Integer.toString(model.year());
        String previous = Integer.toString(model.year() - 1);
        Sheet sheet = writer.sheet("Compte de résultat", List.of("Poste", year, previous, "Comptes",
                "Base de calcul", "Code"), 60, 16, 16, 30, 40, 24);
        writer.internalColumn(sheet, 5);
        int index = 1;
        for (StatementLine line : model.statements().incomeStatement().lines()) {
            index = incomeLine(writer, sheet, index, line);
        }
        index++;
        Row title = sheet.createRow(index++);
        writer.label(title, 0, "Contributions volontaires en nature", true);
        for (StatementLine line : model.statements().incomeStatement().inKindIncome()) {
            index = incomeLine(writer, sheet, index, line);
        }
        for (StatementLine line : model.statements().incomeStatement().inKindExpenses()) {
            index = incomeLine(writer, sheet, index, line);
        }
    }

    private static int incomeLine(SheetWriter writer, Sheet sheet, int index, StatementLine line) {
        Row row = sheet.createRow(index);
        boolean emphasised = line.kind() != StatementLine.Kind.LINE;
        writer.label(row, 0, line.label(), emphasised);
        if (line.kind() != StatementLine.Kind.HEADING) {
            writer.amount(row, 1, line.amount(), emphasised);
            writer.amount(row, 2, line.previous(), emphasised);
        }
        writer.label(row, 3, String.join(", ", line.accounts()), false);
        if (line.basis() != null) {
            writer.inputText(row, 4, line.basis());
        }
        writer.label(row, 5, line.code(), false);
        int next = index + 1;
        // One row per account (per funder) under a detailed line; the FEC label is input text.
        for (StatementLine.Detail detail : line.details() == null ? List.<StatementLine.Detail>of() : line.details()) {
            Row detailRow = sheet.createRow(next++);
            writer.inputText(detailRow, 0, "    " + detail.label());
            writer.amount(detailRow, 1, detail.amount(), false);
            writer.amount(detailRow, 2, detail.previous(), false);
            writer.inputText(detailRow, 3, detail.account());
        }
        return next;
    }

    private static void balanceSheet(SheetWriter writer, ReportModel model) {
        String year = Integer.toString(model.year());
        String previous = Integer.toString(model.year() - 1);
        Sheet sheet = writer.sheet("Bilan", List.of("Poste", "Brut " + year, "Amort. et dépréc.",
                "Net " + year, "Net " + previous, "Comptes", "Code"), 60, 16, 16, 16, 16, 30, 24);
        writer.internalColumn(sheet, 6);
        int index = 1;
        for (List<BalanceSheetLine> side : List.of(model.statements().balanceSheet().assets(),
                model.statements().balanceSheet().liabilities())) {
            Row title = sheet.createRow(index++);
            writer.label(title, 0, side.get(0).side() == BalanceSheetLine.Side.ASSETS ? "ACTIF" : "PASSIF", true);
            for (BalanceSheetLine line : side) {
                Row row = sheet.createRow(index++);
                boolean emphasised = line.kind() != BalanceSheetLine.Kind.LINE;
                writer.label(row, 0, line.label(), emphasised);
                if (line.kind() != BalanceSheetLine.Kind.HEADING) {
                    writer.amount(row, 1, line.gross(), emphasised);
                    writer.amount(row, 2, line.depreciation(), emphasised);
                    writer.amount(row, 3, line.net(), emphasised);
                    writer.amount(row, 4, line.previous(), emphasised);
                }
                writer.label(row, 5, String.join(", ", line.accounts()), false);
                writer.label(row, 6, line.code(), false);
            }
            index++;
        }
    }

    private static void trialBalance(SheetWriter writer, ReportModel model) {
        Sheet sheet = writer.sheet("Balance générale", List.of("Compte", "Libellé", "Débit", "Crédit", "Solde"),
                14, 50, 16, 16, 16);
        int index = 1;
        for (AccountBalance balance : model.trialBalance().byAccount()) {
            Row row = sheet.createRow(index++);
            writer.inputText(row, 0, balance.account());
            writer.inputText(row, 1, balance.label());
            writer.amount(row, 2, balance.debit(), false);
            writer.amount(row, 3, balance.credit(), false);
            writer.amount(row, 4, balance.balance(), false);
        }
        Row total = sheet.createRow(index);
        writer.label(total, 1, "Total", true);
        writer.amount(total, 2, model.trialBalance().totalDebit(), true);
        writer.amount(total, 3, model.trialBalance().totalCredit(), true);
        writer.amount(total, 4, model.trialBalance().totalDebit().subtract(model.trialBalance().totalCredit()), true);
    }
}
