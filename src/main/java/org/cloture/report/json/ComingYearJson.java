package org.cloture.report.json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cloture.programme.ComingYear;
import org.cloture.programme.PlannedAction;
import org.cloture.statements.budget.BudgetComparison;

/**
 * The JSON's {@code budget} (the year's budget beside its accounts, and the coming year's beside them) and
 * {@code programme} (the coming year's axes and planned actions), as docs/outputs.md describes them.
 */
final class ComingYearJson {

    private ComingYearJson() {
    }

    /** Null when no budget was given for the year nor for the coming one. */
    static Map<String, Object> budget(ComingYear coming) {
        if (coming == null || coming.execution() == null && coming.outlook() == null) {
            return null;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        if (coming.execution() != null) {
            json.putAll(comparison(coming.execution()));
        }
        if (coming.outlook() != null) {
            json.put("comingYear", comparison(coming.outlook()));
        }
        return json;
    }

    private static Map<String, Object> comparison(BudgetComparison comparison) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("budgetYear", comparison.budgetYear());
        json.put("actualYear", comparison.actualYear());
        json.put("difference", comparison.execution() ? "actual - budget" : "budget - actual");
        json.put("lines", comparison.lines().stream().map(ComingYearJson::line).toList());
        BudgetComparison.Totals totals = comparison.totals();
        Map<String, Object> sums = new LinkedHashMap<>();
        for (BudgetComparison.Line total : List.of(totals.income(), totals.expenses(), totals.result(),
                totals.inKindIncome(), totals.inKindExpenses())) {
            sums.put(total.code(), line(total));
        }
        json.put("totals", sums);
        json.put("balanced", totals.budgetImbalance().signum() == 0);
        json.put("imbalance", totals.budgetImbalance());
        return json;
    }

    private static Map<String, Object> line(BudgetComparison.Line line) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", line.code());
        json.put("label", line.label());
        json.put("side", line.side().name().toLowerCase(java.util.Locale.ROOT));
        json.put("budget", line.budget());
        json.put("actual", line.actual());
        json.put("difference", line.difference());
        json.put("percent", line.percent());
        return json;
    }

    /** Null when the coming year has no programme. */
    static Map<String, Object> programme(ComingYear coming) {
        if (coming == null || !coming.hasProgramme()) {
            return null;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("year", coming.year());
        json.put("plannedActions", coming.plannedActions());
        json.put("axes", coming.axes().stream().map(axis -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", axis.name());
            row.put("actions", axis.actions().stream().map(ComingYearJson::action).toList());
            return row;
        }).toList());
        return json;
    }

    private static Map<String, Object> action(PlannedAction action) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("action", action.action());
        json.put("start", action.period() == null ? null : action.period().start().toString());
        json.put("end", action.period() == null ? null : action.period().end().toString());
        json.put("when", action.period() == null ? action.rawDate() : action.period().label());
        json.put("place", action.place());
        json.put("partners", action.partners());
        json.put("target", action.target());
        json.put("unit", action.unit());
        return json;
    }
}
