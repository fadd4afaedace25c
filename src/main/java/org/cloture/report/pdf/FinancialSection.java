package org.cloture.report.pdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cloture.money.FrenchFormat;
import org.cloture.report.ReportModel;
import org.cloture.statements.IncomeStatement;
import org.cloture.statements.StatementLine;
import org.cloture.statements.evolution.YearSummary;

/**
 * "Données financières": compte de résultat N / N-1, contributions volontaires en nature, bilan, the shares of
 * income and expenses (charts whose percentages add up to 100,0 %), the evolution over every available year,
 * then the annexe tables.
 */
final class FinancialSection {

    static final String TITLE = "Données financières";

    /** Posts under this share are grouped in one slice: a pie of fifteen slivers is unreadable. */
    private static final BigDecimal SMALL_SHARE = BigDecimal.valueOf(3);

    private FinancialSection() {
    }

    static ReportSection of(ReportModel model) {
        List<ReportBlock> blocks = new ArrayList<>();
        if (model.statements() == null) {
            blocks.add(new ReportBlock.Notice("Aucune comptabilité n'a été lue pour " + model.year()
                    + " : déposez l'export FEC du logiciel comptable dans input/" + model.year() + "/."));
            return new ReportSection(TITLE, blocks);
        }
        blocks.add(new ReportBlock.Table(FinancialTables.incomeStatement(model)));
        // The year's budget beside its réalisé, post by post, when a budget of the year was given.
        if (model.comingYear() != null && model.comingYear().execution() != null) {
            blocks.add(new ReportBlock.Table(BudgetTables.table(model.comingYear().execution())));
        }
        blocks.add(new ReportBlock.Table(FinancialTables.inKind(model)));
        blocks.add(new ReportBlock.Table(FinancialTables.assets(model)));
        blocks.add(new ReportBlock.Table(FinancialTables.liabilities(model)));
        IncomeStatement income = model.statements().incomeStatement();
        share(blocks, "Répartition des produits", "Produit", lines(income, true));
        share(blocks, "Répartition des charges", "Charge", lines(income, false));
        evolutionChart(model.evolution()).ifPresent(blocks::add);
        AnnexTables.of(model).forEach(table -> blocks.add(new ReportBlock.Table(table)));
        return new ReportSection(TITLE, blocks);
    }

    /** The positive LINE amounts of the income (or expense) groups, in layout order. */
    static Map<String, BigDecimal> lines(IncomeStatement income, boolean incomeSide) {
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        String group = "";
        for (StatementLine line : income.lines()) {
            if (line.kind() == StatementLine.Kind.HEADING) {
                group = line.code();
            } else if (line.kind() == StatementLine.Kind.LINE && line.amount() != null && line.amount().signum() > 0
                    && isIncomeGroup(group) == incomeSide) {
                amounts.merge(line.label(), line.amount(), BigDecimal::add);
            }
        }
        return amounts;
    }

    private static boolean isIncomeGroup(String group) {
        return group.endsWith("Income") && !group.equals("incomeTax");
    }

    /** A pie and its table; the small posts grouped as "Autres", every percentage from {@link Shares}. */
    private static void share(List<ReportBlock> blocks, String title, String header, Map<String, BigDecimal> amounts) {
        if (amounts.isEmpty()) {
            return;
        }
        Map<String, BigDecimal> firstShares = Shares.of(amounts);
        Map<String, BigDecimal> grouped = new LinkedHashMap<>();
        BigDecimal others = BigDecimal.ZERO;
        int smallCount = 0;
        for (Map.Entry<String, BigDecimal> entry : amounts.entrySet()) {
            if (firstShares.get(entry.getKey()).compareTo(SMALL_SHARE) < 0) {
                others = others.add(entry.getValue());
                smallCount++;
            } else {
                grouped.put(entry.getKey(), entry.getValue());
            }
        }
        if (smallCount == 1) {
            grouped = amounts; // one small post is printed under its own name
        } else if (smallCount > 1) {
            grouped.put("Autres (" + smallCount + " postes)", others);
        }
        Map<String, BigDecimal> shares = Shares.of(grouped);
        blocks.add(new ReportBlock.Chart(CountTables.pie(title + " " + "(en % du total)", grouped)));
        List<ReportRow> rows = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> entry : grouped.entrySet()) {
            total = total.add(entry.getValue());
            rows.add(new ReportRow(entry.getKey(), List.of(FrenchFormat.amount(entry.getValue()),
                    FrenchText.percent(shares.get(entry.getKey()))), RowStyle.LINE));
        }
        rows.add(new ReportRow("Total", List.of(FrenchFormat.amount(total), FrenchText.percent(new BigDecimal("100.0"))),
                RowStyle.TOTAL));
        blocks.add(new ReportBlock.Table(new ReportTable(title, List.of(header, "Montant", "Part"), rows)));
    }

    /** Income and expenses of every available year side by side, the result in each bar group's label. */
    private static java.util.Optional<ReportBlock> evolutionChart(List<YearSummary> years) {
        if (years.size() < 2) {
            return java.util.Optional.empty();
        }
        List<ChartSpec.Point> points = new ArrayList<>();
        for (YearSummary year : years) {
            String category = Integer.toString(year.year());
            points.add(new ChartSpec.Point("Produits", category, year.totalIncome(), FrenchFormat.wholeAmount(year.totalIncome())));
            points.add(new ChartSpec.Point("Charges", category, year.totalExpenses(), FrenchFormat.wholeAmount(year.totalExpenses())));
        }
        return java.util.Optional.of(new ReportBlock.Chart(new ChartSpec(ChartSpec.Kind.BAR,
                "Évolution des produits et des charges de " + years.get(0).year() + " à "
                        + years.get(years.size() - 1).year(), points, "€")));
    }
}
