package org.cloture.banking;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import org.cloture.source.SourceLocation;

/**
 * A balance the statement states in so many words: OFX LEDGERBAL, a title row « Solde au 31/12/2023 : 1 234,56 € »,
 * or a « Nouveau solde » / « Ancien solde » row among the operations.
 *
 * @param accountId as for {@link BankStatementLine#accountId()}
 * @param amount    positive when the account is in credit at the bank (money available)
 */
public record StatedBalance(String accountId, LocalDate date, Timing timing, BigDecimal amount,
                            SourceLocation location) {

    /** Whether the operations dated {@code date} are already in the balance. */
    public enum Timing {
        /** « Ancien solde », « Solde initial »: before the operations of that day. */
        OPENING,
        /** « Solde au », « Nouveau solde », LEDGERBAL: after the operations of that day. */
        CLOSING
    }

    public StatedBalance {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(timing, "timing");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(location, "location");
    }
}
