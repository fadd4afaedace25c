package org.cloture.banking;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import org.cloture.source.SourceLocation;

/**
 * One operation of a bank statement, as the bank shows it.
 *
 * @param accountId      the bank's account number when the file gives one (OFX ACCTID, a « Compte n° » title row
 *                       or column), else null
 * @param date           the booking date (« date d'opération »), or the value date when the file has no other
 * @param valueDate      the value date when the file gives it beside the booking date, else null
 * @param amount         signed from the bank's side, scale 2: a credit on the statement (money in) is positive;
 *                       it is a debit of the 512 account
 * @param runningBalance the « Solde » after this operation when the file has such a column, else null
 * @param transactionId  the bank's own reference (OFX FITID, a « Référence » column), else null
 */
public record BankStatementLine(String accountId, LocalDate date, LocalDate valueDate, String label,
                                BigDecimal amount, BigDecimal runningBalance, String transactionId,
                                SourceLocation location) {

    public BankStatementLine {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(location, "location");
    }
}
