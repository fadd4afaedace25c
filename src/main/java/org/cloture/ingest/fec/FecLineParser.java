package org.cloture.ingest.fec;

import static org.cloture.source.CheckId.FEC_CURRENCY_INCOMPLETE;
import static org.cloture.source.CheckId.FEC_DATE_OUTSIDE_YEAR;
import static org.cloture.source.CheckId.FEC_DEBIT_AND_CREDIT;
import static org.cloture.source.CheckId.FEC_FIELD_COUNT;
import static org.cloture.source.CheckId.FEC_INVALID_ACCOUNT;
import static org.cloture.source.CheckId.FEC_INVALID_AMOUNT;
import static org.cloture.source.CheckId.FEC_INVALID_DATE;
import static org.cloture.source.CheckId.FEC_OPTIONAL_FIELD;
import static org.cloture.source.CheckId.FEC_REQUIRED_FIELD;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Consumer;

import org.cloture.money.Amounts;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;

/** Turns the fields of one data line into a {@link FecLine}, applying the line checks of fec.md §5. */
final class FecLineParser {

    private static final int MAX_RAW_KEPT = 2_000;

    record Parsed(FecLine line, String rejection) {
    }

    private final FecHeader header;
    private final String file;
    private final String sheet;
    private final LocalDate yearStart;
    private final LocalDate yearEnd;
    private final Consumer<Finding> sink;
    private final FecDates dates = new FecDates();
    private final StringPool pool = new StringPool();
    private final StringPool messages = new StringPool();
    private String previousEntryNum;
    private String previousPieceRef;
    private String previousLabel;
    private String lastEntryOutsideYear;

    private String[] fields;
    private LineFindings findings;

    /** @param sheet the sheet of a FEC kept in a workbook, null for a text file */
    FecLineParser(FecHeader header, String file, String sheet, LocalDate yearStart, LocalDate yearEnd,
                  Consumer<Finding> sink) {
        this.header = header;
        this.file = file;
        this.sheet = sheet;
        this.yearStart = yearStart;
        this.yearEnd = yearEnd;
        this.sink = sink;
    }

    static String capped(String raw) {
        return raw.length() <= MAX_RAW_KEPT ? raw : raw.substring(0, MAX_RAW_KEPT) + "…";
    }

    Parsed parse(String raw, String[] lineFields, int lineNumber) {
        fields = lineFields;
        findings = new LineFindings(sink, SourceLocation.ofRow(file, sheet, lineNumber), messages);
        if (!fieldCountAcceptable()) {
            findings.blocking(FEC_FIELD_COUNT, null, capped(raw), fields.length, header.fieldCount());
            return new Parsed(null, findings.rejection());
        }
        String journal = required(FecColumn.JOURNAL_CODE);
        String journalLib = expected(FecColumn.JOURNAL_LIB);
        String entryNum = required(FecColumn.ENTRY_NUM);
        LocalDate entryDate = date(FecColumn.ENTRY_DATE, required(FecColumn.ENTRY_DATE));
        String account = account();
        String accountLib = expected(FecColumn.ACCOUNT_LIB);
        String pieceRef = expected(FecColumn.PIECE_REF);
        LocalDate pieceDate = date(FecColumn.PIECE_DATE, expected(FecColumn.PIECE_DATE));
        String label = expected(FecColumn.LABEL);
        BigDecimal[] debitCredit = header.amountAndDirection() ? fromDirection() : fromDebitCredit();
        LocalDate letterDate = optionalDate(FecColumn.LETTER_DATE);
        LocalDate validDate = date(FecColumn.VALID_DATE, expected(FecColumn.VALID_DATE));
        BigDecimal currencyAmount = optionalAmount(FecColumn.CURRENCY_AMOUNT);
        if (findings.rejected()) {
            return new Parsed(null, findings.rejection());
        }
        checkDebitAndCredit(debitCredit[0], debitCredit[1]);
        checkCurrencyPair(currencyAmount);
        checkInsideYear(journal, entryNum, entryDate);
        FecLine line = new FecLine(pool.share(journal), pool.share(journalLib), sameAsPreviousEntry(entryNum),
                entryDate, pool.share(account), pool.share(accountLib), pool.share(value(FecColumn.AUX_NUM)),
                pool.share(value(FecColumn.AUX_LIB)), sameAsPreviousPiece(pieceRef), pieceDate,
                sameAsPreviousLabel(label), debitCredit[0], debitCredit[1], pool.share(value(FecColumn.LETTER)),
                letterDate, validDate, currencyAmount, pool.share(value(FecColumn.CURRENCY)), findings.line());
        return new Parsed(line, null);
    }

    /**
     * Fewer fields than the header, or extra fields holding a value, mean the values may have
     * shifted: blocking. Extra fields that are all empty are tolerated: they come from a trailing
     * separator (the Odoo demo FEC, line 301), every value still sits under its header name and
     * nothing is lost, so rejecting the line would only unbalance a sound entry.
     */
    private boolean fieldCountAcceptable() {
        int expected = header.fieldCount();
        if (fields.length < expected) {
            return false;
        }
        for (int i = expected; i < fields.length; i++) {
            if (!fields[i].isBlank()) {
                return false;
            }
        }
        return true;
    }

    private String value(FecColumn column) {
        int index = header.indexOf(column);
        if (index < 0) {
            return null;
        }
        String text = fields[index].strip();
        return text.isEmpty() ? null : text;
    }

    private String raw(FecColumn column) {
        int index = header.indexOf(column);
        return index < 0 ? null : fields[index];
    }

    private String required(FecColumn column) {
        String text = value(column);
        if (text == null) {
            findings.blocking(FEC_REQUIRED_FIELD, header.nameOf(column), raw(column),
                    header.nameOf(column));
        }
        return text;
    }

    /** A column missing from the header was reported once for the file, not again on each line. */
    private String expected(FecColumn column) {
        String text = value(column);
        if (text == null && header.has(column)) {
            findings.warning(FEC_OPTIONAL_FIELD, header.nameOf(column), raw(column),
                    header.nameOf(column));
        }
        return text;
    }

    private String account() {
        String account = required(FecColumn.ACCOUNT_NUM);
        if (account != null && !startsWithThreeDigits(account)) {
            findings.blocking(FEC_INVALID_ACCOUNT, header.nameOf(FecColumn.ACCOUNT_NUM), account, account);
        }
        return account;
    }

    private static boolean startsWithThreeDigits(String account) {
        if (account.length() < 3) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            char c = account.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Required and expected dates: an unreadable value blocks (fec.md §5), an empty one was handled. */
    private LocalDate date(FecColumn column, String text) {
        if (text == null) {
            return null;
        }
        LocalDate date = dates.parse(text);
        if (date == null) {
            findings.blocking(FEC_INVALID_DATE, header.nameOf(column), text, header.nameOf(column), text);
        }
        return date;
    }

    /** Optional dates (DateLet): an unreadable value such as Tryton's {current_date} only warns. */
    private LocalDate optionalDate(FecColumn column) {
        String text = value(column);
        if (text == null) {
            return null;
        }
        LocalDate date = dates.parse(text);
        if (date == null) {
            findings.warning(FEC_INVALID_DATE, header.nameOf(column), text, header.nameOf(column), text);
        }
        return date;
    }

    private BigDecimal optionalAmount(FecColumn column) {
        String text = value(column);
        if (text == null) {
            return null;
        }
        BigDecimal amount = FecAmounts.parse(text).orElse(null);
        if (amount == null) {
            findings.warning(FEC_INVALID_AMOUNT, header.nameOf(column), text, header.nameOf(column), text);
        }
        return amount;
    }

    private BigDecimal requiredAmount(FecColumn column) {
        String text = required(column);
        if (text == null) {
            return null;
        }
        BigDecimal amount = FecAmounts.parse(text).orElse(null);
        if (amount == null) {
            findings.blocking(FEC_INVALID_AMOUNT, header.nameOf(column), text, header.nameOf(column), text);
        }
        return amount;
    }

    private BigDecimal[] fromDebitCredit() {
        return new BigDecimal[] {requiredAmount(FecColumn.DEBIT), requiredAmount(FecColumn.CREDIT)};
    }

    /** Variant Montant + Sens: D/C, or +1/-1 with +1 meaning debit. */
    private BigDecimal[] fromDirection() {
        BigDecimal amount = requiredAmount(FecColumn.AMOUNT);
        String direction = required(FecColumn.DIRECTION);
        if (direction == null) {
            return new BigDecimal[2];
        }
        switch (direction.toUpperCase(java.util.Locale.ROOT)) {
            case "D", "+1", "1", "+":
                return new BigDecimal[] {amount, Amounts.ZERO};
            case "C", "-1", "-":
                return new BigDecimal[] {Amounts.ZERO, amount};
            default:
                String column = header.nameOf(FecColumn.DIRECTION);
                findings.blocking(FEC_INVALID_AMOUNT, column, direction, column, direction);
                return new BigDecimal[2];
        }
    }

    /** Both zero is silent: such lines carry nothing and later stages skip them. */
    private void checkDebitAndCredit(BigDecimal debit, BigDecimal credit) {
        if (debit.signum() != 0 && credit.signum() != 0) {
            String raw = value(FecColumn.DEBIT) + " / " + value(FecColumn.CREDIT);
            findings.warning(FEC_DEBIT_AND_CREDIT, header.nameOf(FecColumn.DEBIT), raw,
                    FecAmounts.french(debit), FecAmounts.french(credit));
        }
    }

    /**
     * Montantdevise and Idevise go together (fec.md §5, warning). A zero foreign amount counts as
     * absent: several exporters write 0,00 in every unused amount column.
     */
    private void checkCurrencyPair(BigDecimal currencyAmount) {
        boolean amount = currencyAmount != null && currencyAmount.signum() != 0;
        String currency = value(FecColumn.CURRENCY);
        if (amount && currency == null && header.has(FecColumn.CURRENCY)) {
            String empty = header.nameOf(FecColumn.CURRENCY);
            findings.warning(FEC_CURRENCY_INCOMPLETE, empty, value(FecColumn.CURRENCY_AMOUNT),
                    header.nameOf(FecColumn.CURRENCY_AMOUNT), value(FecColumn.CURRENCY_AMOUNT), empty);
        } else if (!amount && currency != null && value(FecColumn.CURRENCY_AMOUNT) == null
                && header.has(FecColumn.CURRENCY_AMOUNT)) {
            String empty = header.nameOf(FecColumn.CURRENCY_AMOUNT);
            findings.warning(FEC_CURRENCY_INCOMPLETE, empty, currency, header.nameOf(FecColumn.CURRENCY), currency,
                    empty);
        }
    }

    /** Once per entry: a whole file of the wrong year must not yield a warning per line. */
    private void checkInsideYear(String journal, String entryNum, LocalDate entryDate) {
        boolean outside = yearStart != null && entryDate.isBefore(yearStart)
                || yearEnd != null && entryDate.isAfter(yearEnd);
        String entry = journal + " " + entryNum;
        if (outside && !entry.equals(lastEntryOutsideYear)) {
            lastEntryOutsideYear = entry;
            String column = header.nameOf(FecColumn.ENTRY_DATE);
            findings.warning(FEC_DATE_OUTSIDE_YEAR, column, value(FecColumn.ENTRY_DATE), entry,
                    FecDates.french(entryDate), period());
        }
    }

    private String period() {
        if (yearStart != null && yearEnd != null) {
            return "du " + FecDates.french(yearStart) + " au " + FecDates.french(yearEnd);
        }
        return yearStart != null ? "ouvert le " + FecDates.french(yearStart) : "clos le " + FecDates.french(yearEnd);
    }

    // Lines of one entry, and often of one piece, are consecutive: sharing with the previous line
    // saves most duplicates of these high-cardinality columns without a growing pool.
    private String sameAsPreviousEntry(String entryNum) {
        previousEntryNum = Objects.equals(entryNum, previousEntryNum) ? previousEntryNum : entryNum;
        return previousEntryNum;
    }

    private String sameAsPreviousPiece(String pieceRef) {
        previousPieceRef = Objects.equals(pieceRef, previousPieceRef) ? previousPieceRef : pieceRef;
        return previousPieceRef;
    }

    private String sameAsPreviousLabel(String label) {
        previousLabel = Objects.equals(label, previousLabel) ? previousLabel : label;
        return previousLabel;
    }
}
