package org.cloture.report.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.cloture.figures.NetworkCounts;
import org.cloture.figures.NetworkFigures;
import org.cloture.money.FrenchFormat;
import org.cloture.report.ReportModel;

/**
 * "Le réseau": a federation's figures for the board, member associations under their territory, then the
 * départements and the network total (two tables, as a table has at most four figure columns). Only
 * associations are named, never a person. Nothing for an association that is not a federation.
 */
final class NetworkTables {

    private NetworkTables() {
    }

    static List<ReportTable> of(ReportModel model) {
        NetworkFigures network = model.network();
        if (network == null) {
            return List.of();
        }
        return List.of(
                table("Le réseau — adhérents et bénévoles", network, List.of("Comptés", "Adhérents",
                        "Bénévoles", "Heures"), counts -> List.of(transmission(counts),
                        FrenchFormat.integer(counts.members()), FrenchFormat.integer(counts.volunteers()),
                        FrenchFormat.decimal(counts.volunteerHours(), 1))),
                table("Le réseau — actions et comptes", network, List.of("Actions", "Participants",
                        "Produits", "Résultat"), counts -> List.of(FrenchFormat.integer(counts.actions()),
                        FrenchFormat.integer(counts.participants()), amount(counts.totalIncome()),
                        amount(counts.result()))));
    }

    private static ReportTable table(String title, NetworkFigures network, List<String> headers,
                                     Function<NetworkCounts, List<String>> cells) {
        List<String> columnHeaders = new ArrayList<>();
        columnHeaders.add("");
        columnHeaders.addAll(headers);
        List<ReportRow> rows = new ArrayList<>();
        for (NetworkFigures.TerritoryRow territory : network.territories()) {
            rows.add(new ReportRow(territory.name(), blank(headers.size()), RowStyle.HEADING));
            for (NetworkFigures.MemberRow member : territory.members()) {
                rows.add(member.counted() ? new ReportRow(member.name(), cells.apply(member.counts()), RowStyle.LINE)
                        : new ReportRow(member.name() + " — " + member.status().french(), blank(headers.size()),
                        RowStyle.DETAIL));
            }
            rows.add(new ReportRow("Total " + territory.name(), cells.apply(territory.counts()), RowStyle.SUBTOTAL));
        }
        for (NetworkFigures.DepartementRow departement : network.departements()) {
            rows.add(new ReportRow("Département " + departement.departement(), cells.apply(departement.counts()),
                    RowStyle.SUBTOTAL));
        }
        rows.add(new ReportRow("Total du réseau", cells.apply(network.total()), RowStyle.TOTAL));
        return new ReportTable(title, columnHeaders, rows);
    }

    /** "2 sur 3", the members counted in the row's figures among those declared. */
    private static String transmission(NetworkCounts counts) {
        return counts.covered() + " sur " + counts.declared();
    }

    /**
     * The members left out of the sums because their own closing has blocking findings, each with them:
     * what the federation asks each of them to fix. Empty when there is none.
     */
    static java.util.Optional<ReportTable> toCorrect(ReportModel model) {
        NetworkFigures network = model.network();
        if (network == null || network.total().toCorrect() == 0) {
            return java.util.Optional.empty();
        }
        List<ReportRow> rows = new ArrayList<>();
        for (NetworkFigures.MemberRow member : network.members()) {
            if (member.status() == NetworkFigures.Status.TO_CORRECT) {
                rows.add(new ReportRow(member.name(), List.of(""), RowStyle.HEADING));
                member.blocking().forEach(finding -> rows.add(new ReportRow(finding, List.of(""), RowStyle.DETAIL)));
            }
        }
        return java.util.Optional.of(new ReportTable("Le réseau — membres à corriger (hors totaux)",
                List.of("", ""), rows));
    }

    private static String amount(java.math.BigDecimal value) {
        return value == null ? "non transmis" : FrenchFormat.wholeAmount(value);
    }

    private static List<String> blank(int size) {
        return java.util.Collections.nCopies(size, "");
    }
}
