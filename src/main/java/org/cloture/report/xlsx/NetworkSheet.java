package org.cloture.report.xlsx;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.cloture.figures.NetworkCounts;
import org.cloture.figures.NetworkFigures;

/**
 * The "Réseau" sheet of a federation's workbook: each member association under its territory, the
 * territory's subtotal, then the départements and the network total — numbers as numbers, so that the
 * treasurer can check every sum in the spreadsheet.
 */
final class NetworkSheet {

    private static final int FIRST_FIGURE = 4;

    private NetworkSheet() {
    }

    static void network(SheetWriter writer, NetworkFigures network) {
        Sheet sheet = writer.sheet("Réseau", List.of("Niveau", "Identifiant", "Nom", "Statut", "Membres déclarés",
                "Données transmises", "Taux de transmission (%)", "À corriger", "Membres comptés", "Avec comptes (FEC)", "Adhérents",
                "Personnes morales", "Personnes physiques", "Nouveaux adhérents", "Bénévoles", "Heures de bénévolat",
                "Actions", "Participants", "Total des produits", "Total des charges", "Résultat"),
                12, 20, 40, 24, 12, 12, 14, 12, 12, 12, 12, 12, 12, 12, 12, 14, 10, 12, 18, 18, 18);
        int index = 1;
        for (NetworkFigures.TerritoryRow territory : network.territories()) {
            for (NetworkFigures.MemberRow member : territory.members()) {
                Row row = sheet.createRow(index++);
                writer.label(row, 0, "Membre", false);
                writer.inputText(row, 1, member.id());
                writer.inputText(row, 2, member.name());
                writer.label(row, 3, member.status().french(), false);
                if (member.counted()) {
                    counts(writer, row, member.counts(), false);
                }
            }
            Row row = sheet.createRow(index++);
            writer.label(row, 0, "Territoire", true);
            writer.inputText(row, 1, territory.id());
            writer.label(row, 2, territory.name() + (territory.departement() == null ? ""
                    : " (" + territory.departement() + ")"), true);
            counts(writer, row, territory.counts(), true);
            index++;
        }
        for (NetworkFigures.DepartementRow departement : network.departements()) {
            Row row = sheet.createRow(index++);
            writer.label(row, 0, "Département", true);
            writer.inputText(row, 1, departement.departement());
            writer.label(row, 2, String.join(", ", departement.territories()), false);
            counts(writer, row, departement.counts(), true);
        }
        Row total = sheet.createRow(index + 1);
        writer.label(total, 0, "Total", true);
        writer.label(total, 2, "Réseau", true);
        counts(writer, total, network.total(), true);
    }

    private static void counts(SheetWriter writer, Row row, NetworkCounts counts, boolean emphasised) {
        int column = FIRST_FIGURE;
        writer.integer(row, column++, counts.declared());
        writer.integer(row, column++, counts.transmitted());
        number(row, column++, counts.transmissionRate());
        writer.integer(row, column++, counts.toCorrect());
        writer.integer(row, column++, counts.covered());
        writer.integer(row, column++, counts.withAccounts());
        writer.integer(row, column++, counts.members());
        writer.integer(row, column++, counts.legalPersons());
        writer.integer(row, column++, counts.naturalPersons());
        writer.integer(row, column++, counts.newMembers());
        writer.integer(row, column++, counts.volunteers());
        number(row, column++, counts.volunteerHours());
        writer.integer(row, column++, counts.actions());
        writer.integer(row, column++, counts.participants());
        writer.amount(row, column++, counts.totalIncome(), emphasised);
        writer.amount(row, column++, counts.totalExpenses(), emphasised);
        writer.amount(row, column, counts.result(), emphasised);
    }

    /**
     * "À corriger": one line per blocking finding of each member left out of the sums, so that the
     * federation can tell each member what to fix.
     */
    static void toCorrect(SheetWriter writer, NetworkFigures network) {
        Sheet sheet = writer.sheet("À corriger", List.of("Identifiant", "Nom", "Contrôle bloquant"), 20, 40, 100);
        int index = 1;
        for (NetworkFigures.MemberRow member : network.members()) {
            for (String finding : member.blocking()) {
                Row row = sheet.createRow(index++);
                writer.inputText(row, 0, member.id());
                writer.inputText(row, 1, member.name());
                writer.inputText(row, 2, finding);
            }
        }
    }

    /** Hours and rates: decimals that are not euros, as plain number cells. */
    private static void number(Row row, int column, BigDecimal value) {
        if (value != null) {
            row.createCell(column).setCellValue(value.doubleValue());
        }
    }
}
