package org.cloture.statements.annex;

import java.math.BigDecimal;

/**
 * One account in a movements table, each amount positive in the account's natural direction (debit for
 * fixed assets, credit for depreciation and dedicated funds): closing = opening + increases − decreases.
 */
public record MovementRow(String lineCode, String account, String label, BigDecimal opening,
                          BigDecimal increases, BigDecimal decreases, BigDecimal closing) {

    MovementRow plus(MovementRow other) {
        return new MovementRow(lineCode, account, label, opening.add(other.opening), increases.add(other.increases),
                decreases.add(other.decreases), closing.add(other.closing));
    }
}
