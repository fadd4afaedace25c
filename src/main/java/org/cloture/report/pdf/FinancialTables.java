package org.cloture.report.pdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import org.cloture.money.FrenchFormat;
import org.cloture.report.ReportModel;
import org.cloture.statements.BalanceSheetLine;
import org.cloture.statements.IncomeStatement;
import org.cloture.statements.StatementLayout;
import org.cloture.statements.StatementLayoutLoader;
import org.cloture.statements.StatementLine;

/**
 * The statements as printed tables: compte de résultat (with the funders of detailed lines), contributions
 * volontaires en nature with their basis, bilan actif and passif. Empty lines and empty groups are left out;
 * lines whose accounts may name a donor show their total only.
 */
final class FinancialTables {

    private FinancialTables() {
    }

    /** Results the board always sees, even at zero; other results and empty groups are left out. */
    private static final Set<String> ALWAYS_SHOWN = Set.of("operatingResult", "totalIncome", "totalExpenses",
            "netResult");

    static ReportTable incomeStatement(ReportModel model) {
        IncomeStatement income = model.statements().incomeStatement();
        Set<String> emptyGroups = emptyGroups(income);
        Set<String> namingPeople = linesNamingPeople(model);
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
                        addDetails(rows, line, namingPeople);
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
     * Lines whose accounts may be named after a natural person (one account per donor or per bequest), as the
     * layout of the year marks them: the treasurer's workbook details them, the board's report shows the total
     * only. Without a layout, those of the standard layout.
     */
    private static Set<String> linesNamingPeople(ReportModel model) {
        StatementLayout layout = model.statements().presentation();
        return (layout == null ? StatementLayoutLoader.anc2018() : layout).linesNamingPeople();
    }

    /** One DETAIL row per funder or sub-account of a detailed line, empty ones left out. */
    private static void addDetails(List<ReportRow> rows, StatementLine line, Set<String> namingPeople) {
        if (line.details() == null || namingPeople.contains(line.code())) {
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

    static ReportTable inKind(ReportModel model) {
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

    static ReportTable assets(ReportModel model) {
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

    static ReportTable liabilities(ReportModel model) {
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
