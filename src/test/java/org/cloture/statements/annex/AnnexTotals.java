package org.cloture.statements.annex;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.cloture.money.Amounts;
import org.cloture.statements.BalanceSheet;
import org.cloture.statements.BalanceSheetLine;

/** The assertion that every annexe table adds up to the bilan lines it details. */
final class AnnexTotals {

    private AnnexTotals() {
    }

    static void assertMatchesBilan(Annex annex, BalanceSheet bilan) {
        List<BalanceSheetLine> lines = Stream.concat(bilan.assets().stream(), bilan.liabilities().stream())
                .filter(line -> line.kind() != BalanceSheetLine.Kind.HEADING).toList();
        Map<String, BigDecimal> receivables = annex.receivables().totalsByLine();
        for (String code : AnnexBuilder.RECEIVABLE_LINES) {
            assertThat(receivables.getOrDefault(code, Amounts.ZERO)).as(code)
                    .isEqualByComparingTo(line(lines, code).gross());
        }
        assertThat(annex.debts().total()).as("dettes").isEqualByComparingTo(groupTotal(lines, "debts").net());
        Map<String, BigDecimal> debts = annex.debts().totalsByLine();
        lines.stream().filter(line -> line.kind() == BalanceSheetLine.Kind.LINE && line.code().startsWith("BP_")
                        && debts.containsKey(line.code()))
                .forEach(line -> assertThat(debts.get(line.code())).as(line.code()).isEqualByComparingTo(line.net()));

        BalanceSheetLine fixedAssets = groupTotal(lines, "fixedAssets");
        assertThat(annex.fixedAssets().total().closing()).as("immobilisations brutes")
                .isEqualByComparingTo(fixedAssets.gross());
        assertThat(annex.depreciation().total().closing()).as("amortissements")
                .isEqualByComparingTo(fixedAssets.depreciation());
        assertThat(annex.dedicatedFunds().total().closing()).as("fonds dédiés")
                .isEqualByComparingTo(line(lines, "BP_FONDS_DEDIES").net());
        byLine(annex.fixedAssets(), MovementRow::closing).forEach((code, amount) ->
                assertThat(amount).as(code).isEqualByComparingTo(line(lines, code).gross()));
    }

    private static Map<String, BigDecimal> byLine(MovementTable table, Function<MovementRow, BigDecimal> amount) {
        Map<String, BigDecimal> totals = new java.util.LinkedHashMap<>();
        table.rows().forEach(row -> totals.merge(row.lineCode(), amount.apply(row), BigDecimal::add));
        return totals;
    }

    private static BalanceSheetLine line(List<BalanceSheetLine> lines, String code) {
        return lines.stream().filter(line -> line.kind() == BalanceSheetLine.Kind.LINE && line.code().equals(code))
                .findFirst().orElseThrow(() -> new AssertionError("No bilan line " + code));
    }

    private static BalanceSheetLine groupTotal(List<BalanceSheetLine> lines, String code) {
        return lines.stream().filter(line -> line.kind() == BalanceSheetLine.Kind.GROUP_TOTAL && line.code().equals(code))
                .findFirst().orElseThrow(() -> new AssertionError("No bilan group " + code));
    }
}
