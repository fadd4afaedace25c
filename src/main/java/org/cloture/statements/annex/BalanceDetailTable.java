package org.cloture.statements.annex;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cloture.money.Amounts;

/** État des créances or état des dettes: rows in bilan-line order, then account, then auxiliary. */
public record BalanceDetailTable(String title, List<BalanceDetailRow> rows) {

    public BalanceDetailTable {
        rows = List.copyOf(rows);
    }

    public BigDecimal total() {
        return rows.stream().map(BalanceDetailRow::amount).reduce(Amounts.ZERO, BigDecimal::add);
    }

    /** Total per bilan line code, in row order. */
    public Map<String, BigDecimal> totalsByLine() {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        rows.forEach(row -> totals.merge(row.lineCode(), row.amount(), BigDecimal::add));
        return totals;
    }

    /**
     * The rows summed per bilan line and account, without auxiliary accounts: what the board's PDF and the
     * JSON show, since an auxiliary account often is a person.
     */
    public List<BalanceDetailRow> byAccount() {
        Map<String, BalanceDetailRow> merged = new LinkedHashMap<>();
        for (BalanceDetailRow row : rows) {
            merged.merge(row.lineCode() + '\u0000' + row.account(),
                    new BalanceDetailRow(row.lineCode(), row.lineLabel(), row.account(), row.accountLabel(), null, null,
                            row.amount()),
                    (left, right) -> new BalanceDetailRow(left.lineCode(), left.lineLabel(), left.account(),
                            Objects.requireNonNullElse(left.accountLabel(), right.accountLabel()), null, null,
                            left.amount().add(right.amount())));
        }
        return new ArrayList<>(merged.values());
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
