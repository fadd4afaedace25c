package org.cloture.ingest.fec;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.cloture.source.SourceLocation;

/**
 * One accepted line of a FEC, normalised to (debit, credit) whatever the file's variant.
 * Amounts are exact at scale 2; empty optional text and dates are null.
 *
 * @param location file display name and 1-based physical line (no sheet, no column)
 */
public record FecLine(String journalCode, String journalLib, String entryNum, LocalDate entryDate,
                      String accountNum, String accountLib, String auxNum, String auxLib,
                      String pieceRef, LocalDate pieceDate, String label,
                      BigDecimal debit, BigDecimal credit,
                      String letter, LocalDate letterDate, LocalDate validDate,
                      BigDecimal currencyAmount, String currency, SourceLocation location) {

    /** debit − credit, the signed amount later stages add up. */
    public BigDecimal balance() {
        return debit.subtract(credit);
    }
}
