package org.cloture.report.pdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.cloture.money.Amounts;
import org.cloture.money.FrenchFormat;
import org.cloture.report.ReportModel;
import org.cloture.statements.ComparativeRestatement;
import org.cloture.statements.StatementLayout;
import org.cloture.statements.annex.Annex;
import org.cloture.statements.annex.BalanceDetailRow;
import org.cloture.statements.annex.BalanceDetailTable;
import org.cloture.statements.annex.MovementRow;
import org.cloture.statements.annex.MovementTable;
import org.cloture.statements.evolution.YearSummary;

/**
 * The annexe and evolution tables of the board's report, printed after the bilan. Receivables and debts
 * are shown per account with the account's label: never an auxiliary account, which may name a person.
 * Empty tables are left out.
 */
final class AnnexTables {

    /** The PDF table has at most four amount columns: the evolution shows the last four years. */
    private static final int EVOLUTION_YEARS = ReportTable.MAX_AMOUNT_COLUMNS;

    private AnnexTables() {
    }

    static List<ReportTable> of(ReportModel model) {
        List<ReportTable> tables = new ArrayList<>();
        Annex annex = model.annex();
        if (annex != null) {
            detail(annex.receivables()).ifPresent(tables::add);
            detail(annex.debts()).ifPresent(tables::add);
            for (MovementTable table : annex.movementTables()) {
                movements(table).ifPresent(tables::add);
            }
        }
        evolution(model.evolution()).ifPresent(tables::add);
        presentation(model).ifPresent(tables::add);
        return tables;
    }

    /**
     * The regulation the statements follow and, the first year of a new presentation, how the N-1 column was
     * restated: one row per renumbered account, with the line it left and the line it joined.
     */
    private static java.util.Optional<ReportTable> presentation(ReportModel model) {
        StatementLayout layout = model.statements().presentation();
        if (layout == null) {
            return java.util.Optional.empty();
        }
        List<ReportRow> rows = new ArrayList<>();
        ComparativeRestatement comparative = model.statements().comparative();
        if (comparative == null) {
            rows.add(new ReportRow(layout.title(), List.of(""), RowStyle.LINE));
        } else {
            rows.add(new ReportRow(comparative.summary(), List.of(""), RowStyle.LINE));
            if (!comparative.moves().isEmpty()) {
                rows.add(new ReportRow("Comptes " + comparative.previousYear() + " retraités", List.of(""),
                        RowStyle.HEADING));
            }
            for (ComparativeRestatement.Move move : comparative.moves()) {
                // The account's label is left out: a sub-account may be named after a person.
                String where = move.changesLine() ? move.oldLine() + " → " + move.newLine() : move.newLine();
                rows.add(new ReportRow(move.oldAccount() + " → " + move.newAccount() + " (" + move.oldMeaning() + ") : "
                        + where, List.of(FrenchFormat.amount(move.amount())), RowStyle.DETAIL));
            }
        }
        return java.util.Optional.of(new ReportTable("Annexe — présentation des comptes",
                List.of("", comparative == null ? "" : Integer.toString(comparative.previousYear())), rows));
    }

    private static java.util.Optional<ReportTable> detail(BalanceDetailTable table) {
        if (table.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<ReportRow> rows = new ArrayList<>();
        String line = null;
        BigDecimal subtotal = Amounts.ZERO;
        String lineLabel = null;
        for (BalanceDetailRow row : table.byAccount()) {
            if (!Objects.equals(line, row.lineCode())) {
                if (line != null) {
                    rows.add(new ReportRow("Total " + lowerFirst(lineLabel), List.of(FrenchFormat.amount(subtotal)),
                            RowStyle.SUBTOTAL));
                }
                line = row.lineCode();
                lineLabel = row.lineLabel();
                subtotal = Amounts.ZERO;
                rows.add(new ReportRow(row.lineLabel(), List.of(""), RowStyle.HEADING));
            }
            subtotal = subtotal.add(row.amount());
            rows.add(new ReportRow(accountLabel(row.account(), row.accountLabel()),
                    List.of(FrenchFormat.amount(row.amount())), RowStyle.LINE));
        }
        rows.add(new ReportRow("Total " + lowerFirst(lineLabel), List.of(FrenchFormat.amount(subtotal)),
                RowStyle.SUBTOTAL));
        rows.add(new ReportRow("Total", List.of(FrenchFormat.amount(table.total())), RowStyle.TOTAL));
        return java.util.Optional.of(new ReportTable("Annexe — " + lowerFirst(table.title()),
                List.of("Compte", "Montant"), rows));
    }

    private static java.util.Optional<ReportTable> movements(MovementTable table) {
        if (table.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<ReportRow> rows = new ArrayList<>();
        for (MovementRow row : table.rows()) {
            rows.add(new ReportRow(accountLabel(row.account(), row.label()), cells(row), RowStyle.LINE));
        }
        rows.add(new ReportRow("Total", cells(table.total()), RowStyle.TOTAL));
        return java.util.Optional.of(new ReportTable("Annexe — " + lowerFirst(table.title()),
                List.of("Compte", "Début d'exercice", table.increasesLabel(), table.decreasesLabel(),
                        "Fin d'exercice"), rows));
    }

    private static List<String> cells(MovementRow row) {
        return List.of(FrenchFormat.amount(row.opening()), FrenchFormat.amount(row.increases()),
                FrenchFormat.amount(row.decreases()), FrenchFormat.amount(row.closing()));
    }

    private static java.util.Optional<ReportTable> evolution(List<YearSummary> all) {
        if (all.isEmpty()) {
            return java.util.Optional.empty();
        }
        List<YearSummary> years = all.subList(Math.max(0, all.size() - EVOLUTION_YEARS), all.size());
        List<String> headers = new ArrayList<>(List.of(""));
        years.forEach(year -> headers.add(Integer.toString(year.year())));
        List<ReportRow> rows = List.of(
                row("Total des produits", years, YearSummary::totalIncome, RowStyle.LINE),
                row("Total des charges", years, YearSummary::totalExpenses, RowStyle.LINE),
                row("Excédent ou déficit", years, YearSummary::result, RowStyle.SUBTOTAL),
                row("Fonds propres", years, YearSummary::equity, RowStyle.LINE),
                row("Trésorerie nette", years, YearSummary::treasury, RowStyle.LINE));
        return java.util.Optional.of(new ReportTable("Évolution sur " + years.size() + " exercices", headers, rows));
    }

    private static ReportRow row(String label, List<YearSummary> years, Function<YearSummary, BigDecimal> value,
                                 RowStyle style) {
        return new ReportRow(label, years.stream().map(value).map(FrenchFormat::amount).toList(), style);
    }

    private static String accountLabel(String account, String label) {
        return label == null || label.isBlank() ? account : account + " " + label;
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
