package org.cloture.report.pdf;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.function.Function;
import org.cloture.figures.KeyFigures;
import org.cloture.money.FrenchFormat;
import org.cloture.report.PdfRenderer;
import org.cloture.report.ReportModel;
import org.cloture.statements.BalanceSheetLine;
import org.cloture.statements.IncomeStatement;
import org.cloture.statements.StatementLine;

/**
 * The board's activity report: turns the computed model into the printed presentation (French
 * typography, empty lines left out) and hands it to the Jasper templates. It shows counts and
 * accounts only: no person is named.
 */
public final class BoardReportPdf implements PdfRenderer {

    @Override
    public byte[] render(ReportModel model) {
        PdfReportRenderer renderer = new PdfReportRenderer(
                model.fiscalYearEnd().atStartOfDay().toInstant(ZoneOffset.UTC));
        return renderer.render(presentation(model));
    }

    static PdfReport presentation(ReportModel model) {
        String subtitle = "Exercice clos le " + model.fiscalYearEnd().getDayOfMonth() + " "
                + MONTHS[model.fiscalYearEnd().getMonthValue() - 1] + " " + model.fiscalYearEnd().getYear();
        List<ReportTable> tables = new ArrayList<>();
        tables.add(incomeStatement(model));
        tables.add(inKind(model));
        tables.add(assets(model));
        tables.add(liabilities(model));
        tables.addAll(AnnexTables.of(model));
        tables.addAll(NetworkTables.of(model));
        return new PdfReport(model.associationName(), model.year(), subtitle, model.provisional(),
                keyFigures(model.keyFigures(), model.previousKeyFigures()), tables);
    }

    private static final String[] MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre"};

    private static List<KeyFigureTile> keyFigures(KeyFigures now, KeyFigures before) {
        List<KeyFigureTile> tiles = new ArrayList<>();
        tiles.add(tile("Adhérents", now, before, figures -> FrenchFormat.integer(figures.members())));
        tiles.add(tile("dont personnes morales", now, before, figures -> FrenchFormat.integer(figures.legalPersons())));
        tiles.add(tile("Nouveaux adhérents", now, before, figures -> FrenchFormat.integer(figures.newMembers())));
        tiles.add(tile("Bénévoles", now, before, figures -> FrenchFormat.integer(figures.volunteers())));
        tiles.add(tile("Heures de bénévolat", now, before, figures -> FrenchFormat.decimal(figures.volunteerHours(), 0)));
        tiles.add(tile("Valorisation du bénévolat", now, before,
                figures -> FrenchFormat.wholeAmount(figures.volunteerValuation())));
        tiles.add(tile("Salariés (ETP)", now, before,
                figures -> figures.staffFte() == null ? "non renseigné" : FrenchFormat.decimal(figures.staffFte(), 1)));
        tiles.add(tile("Actions menées", now, before, figures -> FrenchFormat.integer(figures.actions())));
        tiles.add(tile("Participants", now, before, figures -> FrenchFormat.integer(figures.participants())));
        tiles.add(tile("Total des produits", now, before, figures -> FrenchFormat.wholeAmount(figures.totalIncome())));
        tiles.add(tile("Total des charges", now, before, figures -> FrenchFormat.wholeAmount(figures.totalExpenses())));
        return tiles;
    }

    private static KeyFigureTile tile(String label, KeyFigures now, KeyFigures before,
                                      Function<KeyFigures, String> value) {
        return new KeyFigureTile(label, value.apply(now), before == null ? null : value.apply(before));
    }

    /** Results the board always sees, even at zero; other results and empty groups are left out. */
    private static final Set<String> ALWAYS_SHOWN = Set.of("operatingResult", "totalIncome", "totalExpenses",
            "netResult");

    private static ReportTable incomeStatement(ReportModel model) {
        IncomeStatement income = model.statements().incomeStatement();
        Set<String> emptyGroups = emptyGroups(income);
        List<ReportRow> rows = new ArrayList<>();
        for (StatementLine line : income.lines()) {
            String[] amounts = {FrenchFormat.amount(line.amount()), FrenchFormat.amount(line.previous())};
            switch (line.kind()) {
                case HEADING -> {
                    if (!emptyGroups.contains(line.code())) {
                        rows.add(row(line.label(), RowStyle.HEADING, "", ""));
                    }
                }
                case LINE -> {
                    if (!line.isEmpty()) {
                        rows.add(row(line.label(), RowStyle.LINE, amounts));
                        addDetails(rows, line);
                    }
                }
                case PART -> {
                    if (!line.isEmpty()) {
                        rows.add(row(line.label(), RowStyle.DETAIL, amounts));
                    }
                }
                case GROUP_TOTAL -> {
                    if (!emptyGroups.contains(line.code())) {
                        rows.add(row(line.label(), RowStyle.SUBTOTAL, amounts));
                    }
                }
                case RESULT -> {
                    if (ALWAYS_SHOWN.contains(line.code()) || !line.isEmpty()) {
                        rows.add(row(line.label(), line.code().equals("netResult") ? RowStyle.TOTAL
                                : RowStyle.SUBTOTAL, amounts));
                    }
                }
            }
        }
        return new ReportTable("Compte de résultat", years(model), rows);
    }

    /**
     * Lines whose accounts may be named after a natural person (one account per donor or per bequest): the
     * treasurer's workbook details them, the board's report shows the total only.
     */
    private static final Set<String> DETAILS_MAY_NAME_PEOPLE = Set.of("CR_DONS", "CR_LEGS");

    /** One DETAIL row per funder or sub-account of a detailed line, empty ones left out. */
    private static void addDetails(List<ReportRow> rows, StatementLine line) {
        if (line.details() == null || DETAILS_MAY_NAME_PEOPLE.contains(line.code())) {
            return;
        }
        line.details().stream().filter(detail -> !detail.isEmpty()).forEach(detail -> rows.add(row(detail.label(),
                RowStyle.DETAIL, FrenchFormat.amount(detail.amount()), FrenchFormat.amount(detail.previous()))));
    }

    /** Groups whose every line is empty in both years. */
    private static Set<String> emptyGroups(IncomeStatement income) {
        Set<String> empty = new HashSet<>();
        String group = null;
        boolean allEmpty = true;
        for (StatementLine line : income.lines()) {
            if (line.kind() == StatementLine.Kind.HEADING) {
                group = line.code();
                allEmpty = true;
            } else if (line.kind() == StatementLine.Kind.LINE) {
                allEmpty &= line.isEmpty();
            } else if (line.kind() == StatementLine.Kind.GROUP_TOTAL && allEmpty) {
                empty.add(group);
            }
        }
        return empty;
    }

    private static ReportTable inKind(ReportModel model) {
        IncomeStatement income = model.statements().incomeStatement();
        List<ReportRow> rows = new ArrayList<>();
        rows.add(row("Ressources en nature", RowStyle.HEADING, "", ""));
        addLines(rows, income.inKindIncome());
        rows.add(row("Total des contributions reçues", RowStyle.SUBTOTAL, FrenchFormat.amount(income.inKindIncomeTotal()),
                FrenchFormat.amount(income.previousInKindIncomeTotal())));
        rows.add(row("Emplois en nature", RowStyle.HEADING, "", ""));
        addLines(rows, income.inKindExpenses());
        rows.add(row("Total des emplois", RowStyle.SUBTOTAL, FrenchFormat.amount(income.inKindExpensesTotal()),
                FrenchFormat.amount(income.previousInKindExpensesTotal())));
        return new ReportTable("Contributions volontaires en nature", years(model), rows);
    }

    /** Each contribution with, below it, what its value rests on (hours × rate, an account, association.yml). */
    private static void addLines(List<ReportRow> rows, List<StatementLine> lines) {
        for (StatementLine line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            rows.add(row(line.label(), RowStyle.LINE, FrenchFormat.amount(line.amount()),
                    FrenchFormat.amount(line.previous())));
            if (line.basis() != null && !line.basis().isBlank()) {
                rows.add(row("Base : " + line.basis(), RowStyle.DETAIL, "", ""));
            }
        }
    }

    private static ReportTable assets(ReportModel model) {
        List<ReportRow> rows = new ArrayList<>();
        for (BalanceSheetLine line : shownBalanceLines(model.statements().balanceSheet().assets())) {
            RowStyle style = style(line.kind());
            rows.add(style == RowStyle.HEADING ? row(line.label(), style, "", "", "", "")
                    : row(line.label(), style, FrenchFormat.amount(line.gross()),
                    FrenchFormat.amount(line.depreciation()), FrenchFormat.amount(line.net()),
                    FrenchFormat.amount(line.previous())));
        }
        return new ReportTable("Bilan — actif", List.of("Actif", "Brut", "Amort./dépr.", "Net " + model.year(),
                "Net " + (model.year() - 1)), rows);
    }

    private static ReportTable liabilities(ReportModel model) {
        List<ReportRow> rows = new ArrayList<>();
        for (BalanceSheetLine line : shownBalanceLines(model.statements().balanceSheet().liabilities())) {
            RowStyle style = style(line.kind());
            rows.add(style == RowStyle.HEADING ? row(line.label(), style, "", "")
                    : row(line.label(), style, FrenchFormat.amount(line.net()), FrenchFormat.amount(line.previous())));
        }
        return new ReportTable("Bilan — passif", List.of("Passif", Integer.toString(model.year()),
                Integer.toString(model.year() - 1)), rows);
    }

    /** The bilan lines the board sees: no empty line, and no group whose lines are all empty. */
    private static List<BalanceSheetLine> shownBalanceLines(List<BalanceSheetLine> lines) {
        List<BalanceSheetLine> shown = new ArrayList<>();
        List<BalanceSheetLine> group = new ArrayList<>();
        for (BalanceSheetLine line : lines) {
            switch (line.kind()) {
                case HEADING -> {
                    group.clear();
                    group.add(line);
                }
                case LINE -> {
                    if (!line.isEmpty()) {
                        group.add(line);
                    }
                }
                case GROUP_TOTAL -> {
                    if (group.size() > 1) {
                        shown.addAll(group);
                        shown.add(line);
                    }
                    group.clear();
                }
                case TOTAL -> shown.add(line);
            }
        }
        return shown;
    }

    private static RowStyle style(BalanceSheetLine.Kind kind) {
        return switch (kind) {
            case HEADING -> RowStyle.HEADING;
            case LINE -> RowStyle.LINE;
            case GROUP_TOTAL -> RowStyle.SUBTOTAL;
            case TOTAL -> RowStyle.TOTAL;
        };
    }

    private static List<String> years(ReportModel model) {
        return List.of("", Integer.toString(model.year()), Integer.toString(model.year() - 1));
    }

    private static ReportRow row(String label, RowStyle style, String... cells) {
        return new ReportRow(label, List.of(cells), style);
    }
}
