package org.cloture.statements.annex;

import java.util.List;
import org.cloture.money.Amounts;

/**
 * Immobilisations, amortissements or fonds dédiés over the year. {@code increasesLabel} and
 * {@code decreasesLabel} name the columns as the annexe does ("Augmentations", "Reports"…).
 */
public record MovementTable(String title, String increasesLabel, String decreasesLabel, List<MovementRow> rows) {

    public MovementTable {
        rows = List.copyOf(rows);
    }

    public MovementRow total() {
        MovementRow total = new MovementRow(null, null, "Total", Amounts.ZERO, Amounts.ZERO, Amounts.ZERO, Amounts.ZERO);
        for (MovementRow row : rows) {
            total = total.plus(row);
        }
        return new MovementRow(null, null, "Total", total.opening(), total.increases(), total.decreases(),
                total.closing());
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
