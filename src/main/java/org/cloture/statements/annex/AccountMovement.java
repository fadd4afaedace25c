package org.cloture.statements.annex;

import java.math.BigDecimal;
import org.cloture.money.Amounts;

/**
 * One account's year split as the annexe shows it: the à-nouveaux (debit − credit) and the other debits
 * and credits of the year.
 */
public record AccountMovement(String account, String label, BigDecimal opening, BigDecimal debits,
                              BigDecimal credits) {

    static AccountMovement empty(String account, String label) {
        return new AccountMovement(account, label, Amounts.ZERO, Amounts.ZERO, Amounts.ZERO);
    }

    AccountMovement plusOpening(BigDecimal amount) {
        return new AccountMovement(account, label, opening.add(amount), debits, credits);
    }

    AccountMovement plusMovement(BigDecimal debit, BigDecimal credit) {
        return new AccountMovement(account, label, opening, debits.add(debit), credits.add(credit));
    }

    /** Debit − credit at the end of the year. */
    public BigDecimal closing() {
        return opening.add(debits).subtract(credits);
    }
}
