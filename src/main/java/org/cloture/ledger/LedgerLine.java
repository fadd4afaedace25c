package org.cloture.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.cloture.source.SourceLocation;

/**
 * One loaded accounting line, as the ledger stage sees it (from the FEC or a journal sheet).
 *
 * @param pieceRef the FEC's PieceRef (or the journal sheet's Pièce), null when not read: the fee matching
 *                 finds a member's number there
 */
public record LedgerLine(String journalCode, String entryNum, LocalDate date, String account,
                         String accountLabel, String auxiliary, String label,
                         BigDecimal debit, BigDecimal credit, SourceLocation location, String pieceRef) {

    /** A line without its piece reference: the stages that do not need it. */
    public LedgerLine(String journalCode, String entryNum, LocalDate date, String account, String accountLabel,
                      String auxiliary, String label, BigDecimal debit, BigDecimal credit, SourceLocation location) {
        this(journalCode, entryNum, date, account, accountLabel, auxiliary, label, debit, credit, location, null);
    }

    /** Debit − credit: positive for a debit movement. */
    public BigDecimal balance() {
        return debit.subtract(credit);
    }
}
