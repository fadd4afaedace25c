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

    private KeyFigureSection() {
    }

    static ReportSection of(ReportModel model) {
        KeyFigures now = model.keyFigures();
        if (now == null) {
            return new ReportSection(TITLE, List.of(new ReportBlock.Notice(
                    "Les chiffres clés n'ont pas été calculés pour cet exercice.")));
        }
        Tiles tiles = new Tiles(now, model.previousKeyFigures(), model.year() - 1);
        tiles.count("Adhérents", KeyFigures::members);
        tiles.count("Personnes morales", KeyFigures::legalPersons);
        tiles.count("Personnes physiques", KeyFigures::naturalPersons);
        tiles.count("Nouveaux adhérents", KeyFigures::newMembers);
        tiles.count("Bénévoles", KeyFigures::volunteers);
        tiles.add("Heures de bénévolat", KeyFigures::volunteerHours, value -> FrenchFormat.decimal(value, 0));
        tiles.add("Valorisation du bénévolat", KeyFigures::volunteerValuation, FrenchFormat::wholeAmount);
        tiles.add("Salariés (équivalents temps plein)", KeyFigures::staffFte, value -> FrenchFormat.decimal(value, 1));
        tiles.count("Actions menées", KeyFigures::actions);
        tiles.count("Participants aux actions", KeyFigures::participants);
        tiles.add("Budget : total des charges", KeyFigures::totalExpenses, FrenchFormat::wholeAmount);
        tiles.add("Total des produits", KeyFigures::totalIncome, FrenchFormat::wholeAmount);
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

        void count(String label, java.util.function.ToIntFunction<KeyFigures> value) {
            add(label, figures -> BigDecimal.valueOf(value.applyAsInt(figures)), v -> FrenchFormat.integer(v.longValue()));
        }

        void add(String label, Function<KeyFigures, BigDecimal> value, Function<BigDecimal, String> format) {
            BigDecimal current = value.apply(now);
            BigDecimal previous = before == null ? null : value.apply(before);
            tiles.add(new KeyFigureTile(label, current == null ? "non renseigné" : format.apply(current),
                    before == null ? null : previousYear + "\u00a0: " + (previous == null ? "non renseigné"
                            : format.apply(previous)),
                    FrenchText.change(current, previous)));
        }
    }
}
