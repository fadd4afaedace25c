package org.cloture.ledger;

import java.math.BigDecimal;

/**
 * Totals of one account (and auxiliary account, when the ledger has one) over a year.
 * The auxiliary matters for the bilan: a member who paid ahead (411 in credit) is a debt even
 * when the 411 total is in debit.
 */
public record AccountBalance(String account, String auxiliary, String label, BigDecimal debit, BigDecimal credit) {

    /** Debit − credit. */
    public BigDecimal balance() {
        return debit.subtract(credit);
    }

    /** PCG class: the first character of the account number. */
    public char accountClass() {
        return account.charAt(0);
    }
}
