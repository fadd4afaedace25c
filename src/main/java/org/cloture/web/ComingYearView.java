package org.cloture.web;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cloture.money.FrenchFormat;
import org.cloture.programme.ComingYear;
import org.cloture.programme.PlannedAction;
import org.cloture.source.CheckFamily;
import org.cloture.source.Finding;
import org.cloture.statements.budget.BudgetComparison;

/**
 * What the coming year's page shows, in French words, from what the closed year's last check or run computed
 * ({@link ComingYear}: the programme stage's result, never counted again here): the planned actions by axis with
 * their period, how many fall in each quarter, the budget post by post (budget N, réalisé N, budget N+1) and
 * whether each budget balances, the programme and budget findings, and the programme PDF when it exists.
 *
 * @param comingYear     N+1
 * @param axes           the planned actions by axis (category), in the programme's order
 * @param byQuarter      how many planned actions start in each quarter, and « date à préciser »
 * @param budget         one row per post, the totals last; empty without a budget
 * @param balances       one sentence per budget given (N, N+1): balanced, or the imbalance
 * @param findings       the « Programme et budget » findings of the check
 * @param programmeFile  the programme PDF's name when it was written, else null
 * @param hasProgramme   texts or planned actions were found
 */
public record ComingYearView(int comingYear, List<Axis> axes, Map<String, Integer> byQuarter, List<BudgetRow> budget,
                             int budgetYear, boolean hasBudgetN, List<String> balances, List<Finding> findings,
                             String programmeFile, String programmeSize, boolean hasProgramme, boolean hasText) {

    /** An axis and its actions. */
    public record Axis(String name, List<Action> actions) {
    }

    /** One planned action as the page prints it. */
    public record Action(String action, String when, String place, String partners, String target) {
    }

    /** One post of the budget; {@code total} for the totals' rows. */
    public record BudgetRow(String label, String budgetN, String actualN, String budgetComing, String change,
                            boolean total) {
    }

    /** Whether anything of the coming year was given: programme texts, planned actions or a budget. */
    public boolean isEmpty() {
        return !hasProgramme && budget.isEmpty();
    }

    /**
     * @param closedYear the year whose check computed {@code coming}
     * @param coming     null when the programme stage could not compute it (its failure is then a finding)
     */
    public static ComingYearView of(int closedYear, ComingYear coming, List<Finding> findings, Path programmePdf) {
        List<Finding> programmeFindings = findings.stream()
                .filter(finding -> finding.check().family() == CheckFamily.PROGRAMME).toList();
        String pdf = Files.isRegularFile(programmePdf) ? programmePdf.getFileName().toString() : null;
        String size = pdf == null ? null : size(programmePdf);
        if (coming == null) {
            return new ComingYearView(closedYear + 1, List.of(), Map.of(), List.of(), closedYear + 1, false, List.of(),
                    programmeFindings, pdf, size, false, false);
        }
        List<Axis> axes = coming.axes().stream().map(axis -> new Axis(axis.name(),
                axis.actions().stream().map(ComingYearView::action).toList())).toList();
        List<String> balances = new ArrayList<>();
        if (coming.execution() != null) {
            balances.add(balance(coming.execution()));
        }
        if (coming.outlook() != null) {
            balances.add(balance(coming.outlook()));
        }
        return new ComingYearView(coming.year(), axes, byQuarter(coming), budget(coming), closedYear,
                coming.execution() != null, balances, programmeFindings, pdf, size, coming.hasProgramme(),
                !coming.text().isEmpty());
    }

    private static Action action(PlannedAction action) {
        String when = action.period() != null ? action.period().label()
                : action.rawDate() != null ? action.rawDate() + " (illisible)" : "date à préciser";
        String target = action.target() == null ? null
                : FrenchFormat.decimal(action.target(), Math.max(0, action.target().stripTrailingZeros().scale()))
                + (action.unit() == null ? "" : " " + action.unit());
        return new Action(action.action(), when, action.place(), action.partners(), target);
    }

    /** The quarter each dated action starts in: a calendar of the year at a glance. */
    private static Map<String, Integer> byQuarter(ComingYear coming) {
        Map<String, Integer> quarters = new LinkedHashMap<>();
        for (int quarter = 1; quarter <= 4; quarter++) {
            quarters.put((quarter == 1 ? "1er" : quarter + "e") + " trimestre", 0);
        }
        quarters.put("date à préciser", 0);
        for (ComingYear.Axis axis : coming.axes()) {
            for (PlannedAction action : axis.actions()) {
                if (action.period() == null || !action.period().within(coming.start(), coming.end())) {
                    quarters.merge("date à préciser", 1, Integer::sum);
                } else {
                    int months = (int) java.time.temporal.ChronoUnit.MONTHS.between(
                            coming.start().withDayOfMonth(1), action.period().start().withDayOfMonth(1));
                    int quarter = months / 3 + 1;
                    quarters.merge((quarter == 1 ? "1er" : quarter + "e") + " trimestre", 1, Integer::sum);
                }
            }
        }
        return quarters;
    }

    /**
     * The posts of both comparisons on one row each: the closed year's budget and réalisé (its execution), the
     * coming year's budget (its outlook); a post only one of them has gets an empty cell in the other.
     */
    private static List<BudgetRow> budget(ComingYear coming) {
        BudgetComparison execution = coming.execution();
        BudgetComparison outlook = coming.outlook();
        if (execution == null && outlook == null) {
            return List.of();
        }
        Map<String, BudgetComparison.Line> executed = new LinkedHashMap<>();
        Map<String, BudgetComparison.Line> planned = new LinkedHashMap<>();
        if (execution != null) {
            execution.lines().forEach(line -> executed.put(line.code(), line));
        }
        if (outlook != null) {
            outlook.lines().forEach(line -> planned.put(line.code(), line));
        }
        List<String> codes = new ArrayList<>(outlook != null ? planned.keySet() : executed.keySet());
        (outlook != null ? executed : planned).keySet().stream().filter(code -> !codes.contains(code)).forEach(codes::add);
        List<BudgetRow> rows = new ArrayList<>();
        for (String code : codes) {
            rows.add(row(executed.get(code), planned.get(code), false));
        }
        BudgetComparison.Totals executedTotals = execution == null ? null : execution.totals();
        BudgetComparison.Totals plannedTotals = outlook == null ? null : outlook.totals();
        rows.add(row(executedTotals == null ? null : executedTotals.income(),
                plannedTotals == null ? null : plannedTotals.income(), true));
        rows.add(row(executedTotals == null ? null : executedTotals.expenses(),
                plannedTotals == null ? null : plannedTotals.expenses(), true));
        rows.add(row(executedTotals == null ? null : executedTotals.result(),
                plannedTotals == null ? null : plannedTotals.result(), true));
        return rows;
    }

    private static BudgetRow row(BudgetComparison.Line executed, BudgetComparison.Line planned, boolean total) {
        BudgetComparison.Line any = planned != null ? planned : executed;
        // The outlook's réalisé is the closed year's too: the same figure whichever comparison gives it.
        BigDecimal actual = executed != null ? executed.actual() : planned.actual();
        return new BudgetRow(any.label(), executed == null ? "" : FrenchFormat.amount(executed.budget()),
                FrenchFormat.amount(actual), planned == null ? "" : FrenchFormat.amount(planned.budget()),
                planned == null || planned.percent() == null ? "" : FrenchFormat.decimal(planned.percent(), 1) + " %",
                total);
    }

    private static String balance(BudgetComparison comparison) {
        BigDecimal imbalance = comparison.totals().budgetImbalance();
        String budget = "Budget " + comparison.budgetYear();
        if (imbalance.signum() == 0) {
            return budget + " : équilibré (charges et produits, contributions en nature comprises, "
                    + FrenchFormat.amount(comparison.totals().expenses().budget()
                    .add(comparison.totals().inKindExpenses().budget())) + ").";
        }
        return budget + " : déséquilibré, " + (imbalance.signum() > 0 ? "excédent prévu de " : "déficit prévu de ")
                + FrenchFormat.amount(imbalance.abs()) + " (contributions en nature comprises).";
    }

    private static String size(Path file) {
        try {
            return FrenchFormat.integer(Math.max(1, Files.size(file) / 1024)) + " Ko";
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
