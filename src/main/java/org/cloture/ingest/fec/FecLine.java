package org.cloture.ingest.fec;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.cloture.source.SourceLocation;

/** Placeholder until the FEC reader lands. */
public record FecLine(String journalCode, String journalLib, String entryNum, LocalDate entryDate, String accountNum,
                      String accountLib, String auxNum, String auxLib, String pieceRef, LocalDate pieceDate,
                      String label, BigDecimal debit, BigDecimal credit, String letter, LocalDate letterDate,
                      LocalDate validDate, BigDecimal currencyAmount, String currency, SourceLocation location) {
}
