package org.cloture.report.pdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.cloture.figures.IncomeShare;
import org.cloture.figures.KeyFigures;
import org.cloture.money.FrenchFormat;
import org.cloture.report.ReportModel;

/** "Les chiffres clés": the headline figures of the year, each with the previous year's and the change in percent. */
final class KeyFigureSection {

    static final String TITLE = "Les chiffres clés";

    /** What a figure whose source was not read shows: never a zero. */
    static final String UNAVAILABLE = "non disponible";

    private KeyFigureSection() {
    }

    static ReportSection of(ReportModel model) {
        KeyFigures now = model.keyFigures();
        if (now == null) {
            return new ReportSection(TITLE, List.of(new ReportBlock.Notice(
                    "Les chiffres clés n'ont pas été calculés pour cet exercice.")));
        }
        Tiles tiles = new Tiles(now, model.previousKeyFigures(), model.year() - 1);
        Function<BigDecimal, String> integer = value -> FrenchFormat.integer(value.longValue());
        tiles.add("Adhérents", "members", integer);
        tiles.add("Personnes morales", "legalPersons", integer);
        tiles.add("Personnes physiques", "naturalPersons", integer);
        tiles.add("Nouveaux adhérents", "newMembers", integer);
        tiles.add("Bénévoles", "volunteers", integer);
        tiles.add("Heures de bénévolat", "volunteerHours", value -> FrenchFormat.decimal(value, 0));
        tiles.add("Valorisation du bénévolat", "volunteerValuation", FrenchFormat::wholeAmount);
        tiles.add("Salariés (équivalents temps plein)", "staffFte", value -> FrenchFormat.decimal(value, 1));
        tiles.add("Actions menées", "actions", integer);
        tiles.add("Participants aux actions", "participants", integer);
        tiles.add("Total des charges", "totalExpenses", FrenchFormat::wholeAmount);
        tiles.add("Total des produits", "totalIncome", FrenchFormat::wholeAmount);
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new ReportBlock.Tiles(tiles.tiles));
        resources(now).ifPresent(blocks::add);
        if (model.previousKeyFigures() == null) {
            blocks.add(new ReportBlock.Notice("L'exercice " + (model.year() - 1) + " n'est pas disponible : "
                    + "les évolutions d'une année sur l'autre ne peuvent pas être calculées."));
        }
        return new ReportSection(TITLE, blocks);
    }

    /**
     * The share of each kind of resource (subsidies by funder, fees, sales, contributions in kind) exactly as
     * the key figures computed it: the JSON's {@code incomeShares}, never re-counted here.
     */
    private static java.util.Optional<ReportBlock> resources(KeyFigures figures) {
        if (figures.incomeShares().isEmpty()) {
            return java.util.Optional.empty();
        }
        List<ReportRow> rows = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (IncomeShare share : figures.incomeShares()) {
            total = total.add(share.amount());
            rows.add(new ReportRow(share.label(), List.of(FrenchFormat.wholeAmount(share.amount()),
                    share.percent() == null ? "" : FrenchText.percent(share.percent())), RowStyle.LINE));
        }
        rows.add(new ReportRow("Total des ressources", List.of(FrenchFormat.wholeAmount(total),
                FrenchText.percent(new BigDecimal("100.0"))), RowStyle.TOTAL));
        return java.util.Optional.of(new ReportBlock.Table(new ReportTable("Les ressources de l'exercice",
                List.of("Ressource", "Montant", "Part"), rows)));
    }

    private static final class Tiles {
        private final KeyFigures now;
        private final KeyFigures before;
        private final int previousYear;
        private final List<KeyFigureTile> tiles = new ArrayList<>();

        Tiles(KeyFigures now, KeyFigures before, int previousYear) {
            this.now = now;
            this.before = before;
            this.previousYear = previousYear;
        }

        /**
         * A tile from the figure's headline value; a figure whose source was not read says "non disponible"
         * and why, in this year's value as in the previous year's, and has no change.
         */
        void add(String label, String figure, Function<BigDecimal, String> format) {
            BigDecimal current = decimal(now.headline().get(figure));
            BigDecimal previous = before == null ? null : decimal(before.headline().get(figure));
            String note = now.unavailableReason(figure).orElse(null);
            tiles.add(new KeyFigureTile(label, current == null ? UNAVAILABLE : format.apply(current),
                    before == null ? null : previousYear + "\u00a0: " + (previous == null
                            ? UNAVAILABLE + before.unavailableReason(figure).map(reason -> " (" + reason + ")").orElse("")
                            : format.apply(previous)),
                    FrenchText.change(current, previous), note));
        }

        private static BigDecimal decimal(Number value) {
            return value == null ? null : new BigDecimal(value.toString());
        }
    }
}
