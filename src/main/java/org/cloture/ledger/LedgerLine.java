package org.cloture.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.cloture.source.SourceLocation;

/** One loaded accounting line, as the ledger stage sees it (from the FEC or a journal sheet). */
public record LedgerLine(String journalCode, String entryNum, LocalDate date, String account,
                         String accountLabel, String auxiliary, String label,
                         BigDecimal debit, BigDecimal credit, SourceLocation location) {

    /** Debit − credit: positive for a debit movement. */
    public BigDecimal balance() {
        return debit.subtract(credit);
    }
}
