package org.cloture.statements.annex;

import java.util.List;

/** The annexe tables of a year, each total equal to its bilan line(s). */
public record Annex(BalanceDetailTable receivables, BalanceDetailTable debts, MovementTable fixedAssets,
                    MovementTable depreciation, MovementTable dedicatedFunds) {

    public List<MovementTable> movementTables() {
        return List.of(fixedAssets, depreciation, dedicatedFunds);
    }
}
