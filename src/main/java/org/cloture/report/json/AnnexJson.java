package org.cloture.report.json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cloture.statements.annex.Annex;
import org.cloture.statements.annex.BalanceDetailRow;
import org.cloture.statements.annex.BalanceDetailTable;
import org.cloture.statements.annex.MovementRow;
import org.cloture.statements.annex.MovementTable;
import org.cloture.statements.evolution.YearSummary;

/**
 * The {@code annex} and {@code evolution} objects of the JSON. Receivables and debts are given per
 * account, without auxiliary accounts: an auxiliary often is a person, and the JSON leaves the treasurer's hands.
 */
final class AnnexJson {

    private AnnexJson() {
    }

    static Map<String, Object> annex(Annex annex) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("receivables", detail(annex.receivables()));
        json.put("debts", detail(annex.debts()));
        json.put("fixedAssets", movements(annex.fixedAssets()));
        json.put("depreciation", movements(annex.depreciation()));
        json.put("dedicatedFunds", movements(annex.dedicatedFunds()));
        return json;
    }

    private static Map<String, Object> detail(BalanceDetailTable table) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("total", table.total());
        json.put("lines", table.byAccount().stream().map(AnnexJson::detailRow).toList());
        return json;
    }

    private static Map<String, Object> detailRow(BalanceDetailRow row) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", row.lineCode());
        json.put("account", row.account());
        json.put("label", row.accountLabel());
        json.put("amount", row.amount());
        return json;
    }

    private static Map<String, Object> movements(MovementTable table) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("total", amounts(new LinkedHashMap<>(), table.total()));
        json.put("lines", table.rows().stream().map(row -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("code", row.lineCode());
            line.put("account", row.account());
            line.put("label", row.label());
            return amounts(line, row);
        }).toList());
        return json;
    }

    private static Map<String, Object> amounts(Map<String, Object> json, MovementRow row) {
        json.put("opening", row.opening());
        json.put("increases", row.increases());
        json.put("decreases", row.decreases());
        json.put("closing", row.closing());
        return json;
    }

    static List<Map<String, Object>> evolution(List<YearSummary> years) {
        return years.stream().map(year -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("year", year.year());
            json.put("totalIncome", year.totalIncome());
            json.put("totalExpenses", year.totalExpenses());
            json.put("netResult", year.result());
            json.put("equity", year.equity());
            json.put("treasury", year.treasury());
            return json;
        }).toList();
    }
}
