package org.cloture.report.xlsx;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.cloture.statements.ComparativeRestatement;
import org.cloture.statements.Statements;

/**
 * The "Présentation" sheet: the regulation the statements follow and, for the first year of a new
 * presentation, how the N-1 column was restated, account by account.
 */
final class PresentationSheet {

    private PresentationSheet() {
    }

    static void write(SheetWriter writer, Statements statements) {
        Sheet sheet = writer.sheet("Présentation", List.of("Compte N-1", "Libellé", "Ancien sens", "Compte retraité",
                "Ligne avant retraitement", "Ligne retraitée", "Montant N-1"), 14, 40, 40, 16, 40, 40, 16);
        int index = 1;
        Row title = sheet.createRow(index++);
        writer.label(title, 0, "Présentation", true);
        writer.label(title, 1, statements.presentation().title(), false);
        ComparativeRestatement comparative = statements.comparative();
        if (comparative == null) {
            return;
        }
        Row summary = sheet.createRow(index++);
        writer.label(summary, 0, "Retraitement", true);
        writer.label(summary, 1, comparative.summary(), false);
        index++;
        for (ComparativeRestatement.Move move : comparative.moves()) {
            Row row = sheet.createRow(index++);
            writer.inputText(row, 0, move.oldAccount());
            writer.inputText(row, 1, move.label());
            writer.label(row, 2, move.oldMeaning() + (move.fallback() ? " (sans équivalent direct)" : ""), false);
            writer.label(row, 3, move.newAccount(), false);
            writer.label(row, 4, move.oldLine(), false);
            writer.label(row, 5, move.newLine(), move.changesLine());
            writer.amount(row, 6, move.amount(), false);
        }
    }
}
