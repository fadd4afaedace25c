package org.cloture.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.cloture.ingest.cells.AmountParser;
import org.cloture.ingest.cells.DateParser;
import org.cloture.ingest.cells.Texts;
import org.cloture.ingest.fec.FecLine;
import org.cloture.money.Amounts;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;

/**
 * Rows of a hand-kept journal sheet ({@code Date, Journal, Pièce, Compte, Libellé, Débit, Crédit},
 * fec.md §6) turned into FEC lines: Journal → JournalCode, Pièce → PieceRef, Compte → CompteNum,
 * Libellé → EcritureLib. The entry number is the Pièce, so an entry is (Journal, Pièce); lines without a
 * Pièce are grouped with the following lines of the same journal until they balance, and such an entry
 * is numbered after the row of its first line ({@code ligne 12}), which the user can find. Balance is
 * then checked over the year by the ledger stage, like a FEC's.
 */
final class JournalSheetRows {

    private final LedgerSheetLayout layout;
    private final String file;
    private final String sheet;
    private final boolean date1904;
    private final RowSink sink;
    private int rowsRead;
    private String groupJournal;
    private String groupNumber;
    private BigDecimal groupBalance = Amounts.ZERO;
    private final LocalDate yearStart;
    private final LocalDate yearEnd;
    private String lastEntryOutsideYear;
    private BigDecimal debitSum = Amounts.ZERO;
    private BigDecimal creditSum = Amounts.ZERO;

    JournalSheetRows(LedgerSheetLayout layout, String file, String sheet, boolean date1904, LocalDate yearStart,
                     LocalDate yearEnd, RowSink sink) {
        this.yearStart = yearStart;
        this.yearEnd = yearEnd;
        this.layout = layout;
        this.file = file;
        this.sheet = sheet;
        this.date1904 = date1904;
        this.sink = sink;
    }

    void row(SheetRow row) {
        if (row.isBlank()) {
            return;
        }
        if (isTotalRow(row)) {
            checkTotal(row);
            return;
        }
        rowsRead++;
        SourceLocation at = SourceLocation.ofRow(file, sheet, row.number());
        Rejection rejection = new Rejection();
        LocalDate date = date(row, at, rejection);
        String journal = required(row, layout.journal(), at, rejection);
        String account = account(row, at, rejection);
        BigDecimal debit = amount(row, layout.debit(), at, rejection);
        BigDecimal credit = amount(row, layout.credit(), at, rejection);
        if (rejection.reason != null) {
            sink.rejected(new RejectedRow(at, row.raw(), rejection.reason));
            return;
        }
        String piece = row.text(layout.piece());
        String entryNum = piece != null ? closeGroup(piece) : group(journal, row.number(), debit.subtract(credit));
        sink.fecLine(new FecLine(journal, null, entryNum, date, account, null, null, null, piece, null,
                row.text(layout.label()), debit, credit, null, null, null, null, null, at));
        debitSum = debitSum.add(debit);
        creditSum = creditSum.add(credit);
        checkInsideYear(journal + " " + entryNum, date, at.withColumn(layout.name(layout.date())));
    }

    /** Once per entry, as for a FEC: a sheet of the wrong year must not yield a warning per row. */
    private void checkInsideYear(String entry, LocalDate date, SourceLocation at) {
        boolean outside = yearStart != null && date.isBefore(yearStart) || yearEnd != null && date.isAfter(yearEnd);
        if (outside && !entry.equals(lastEntryOutsideYear)) {
            lastEntryOutsideYear = entry;
            sink.finding(Finding.of(CheckId.FEC_DATE_OUTSIDE_YEAR, at, DAY.format(date), entry, DAY.format(date),
                    yearStart == null || yearEnd == null ? "en cours"
                            : "du " + DAY.format(yearStart) + " au " + DAY.format(yearEnd)));
        }
    }

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A « Total » or « Sous-total » row that people add under their journal: not an accounting line. */
    private static boolean isTotalRow(SheetRow row) {
        for (String text : row.texts()) {
            if (text != null && !text.isBlank()) {
                String folded = Texts.key(text);
                return folded.startsWith("total") || folded.startsWith("soustotal");
            }
        }
        return false;
    }

    /** A grand total is checked against the sum of the lines above it; a mismatch is a finding, not a reject. */
    private void checkTotal(SheetRow row) {
        String first = java.util.Arrays.stream(row.texts()).filter(text -> text != null && !text.isBlank())
                .findFirst().orElse("");
        if (Texts.key(first).startsWith("soustotal")) {
            return;
        }
        SourceLocation at = SourceLocation.ofRow(file, sheet, row.number());
        compareTotal(row, layout.debit(), debitSum, at);
        compareTotal(row, layout.credit(), creditSum, at);
    }

    private void compareTotal(SheetRow row, int column, BigDecimal sum, SourceLocation at) {
        BigDecimal written = row.typed(column) instanceof BigDecimal number ? AmountParser.fromNumber(number)
                : Optional.ofNullable(row.text(column)).flatMap(AmountParser::parse).orElse(null);
        if (written != null && written.compareTo(sum) != 0) {
            sink.finding(Finding.of(CheckId.TOTAL_ROW_MISMATCH, at.withColumn(layout.name(column)),
                    written.toPlainString(), written.toPlainString().replace('.', ','),
                    sum.toPlainString().replace('.', ',')));
        }
    }

    int rowsRead() {
        return rowsRead;
    }

    private String closeGroup(String piece) {
        groupJournal = null;
        return piece;
    }

    /** Consecutive lines of one journal without a Pièce form one entry until they balance. */
    private String group(String journal, int row, BigDecimal balance) {
        if (groupJournal == null || !groupJournal.equals(journal)) {
            groupJournal = journal;
            groupNumber = "ligne " + row;
            groupBalance = Amounts.ZERO;
        }
        String number = groupNumber;
        groupBalance = groupBalance.add(balance);
        if (groupBalance.signum() == 0) {
            groupJournal = null;
        }
        return number;
    }

    private LocalDate date(SheetRow row, SourceLocation at, Rejection rejection) {
        int column = layout.date();
        if (row.typed(column) instanceof LocalDate date) {
            return date;
        }
        if (row.typed(column) instanceof BigDecimal number) {
            // A date typed into a cell formatted as a number: the spreadsheet's day count.
            if (number.signum() > 0 && number.compareTo(BigDecimal.valueOf(2_958_465)) <= 0) {
                return DateParser.fromSerial(number, date1904);
            }
        }
        String text = required(row, column, at, rejection);
        if (text == null) {
            return null;
        }
        Optional<LocalDate> date = DateParser.parse(text);
        if (date.isEmpty()) {
            rejection.add(Finding.of(CheckId.INVALID_DATE, at.withColumn(layout.name(column)), text, text));
        }
        return date.orElse(null);
    }

    private String account(SheetRow row, SourceLocation at, Rejection rejection) {
        String account = required(row, layout.account(), at, rejection);
        if (account != null && !startsWithThreeDigits(account)) {
            rejection.add(Finding.of(CheckId.FEC_INVALID_ACCOUNT, at.withColumn(layout.name(layout.account())),
                    account, account));
        }
        return account;
    }

    /** An empty amount is zero: hand-kept journals leave the other side of a line blank. */
    private BigDecimal amount(SheetRow row, int column, SourceLocation at, Rejection rejection) {
        if (row.typed(column) instanceof BigDecimal number) {
            return AmountParser.fromNumber(number);
        }
        String text = row.text(column);
        if (text == null) {
            return Amounts.ZERO;
        }
        Optional<BigDecimal> amount = AmountParser.parse(text);
        if (amount.isEmpty()) {
            rejection.add(Finding.of(CheckId.INVALID_AMOUNT, at.withColumn(layout.name(column)), text, text));
        }
        return amount.orElse(Amounts.ZERO);
    }

    private String required(SheetRow row, int column, SourceLocation at, Rejection rejection) {
        String text = row.text(column);
        if (text == null) {
            rejection.add(Finding.of(CheckId.REQUIRED_VALUE_MISSING, at.withColumn(layout.name(column)), null,
                    layout.name(column)));
        }
        return text;
    }

    private static boolean startsWithThreeDigits(String account) {
        return account.length() >= 3 && Character.isDigit(account.charAt(0)) && Character.isDigit(account.charAt(1))
                && Character.isDigit(account.charAt(2)) && account.charAt(0) < 128 && account.charAt(1) < 128
                && account.charAt(2) < 128;
    }

    /** Every finding of a row goes out; the first says why the row was not loaded. */
    private final class Rejection {
        private String reason;

        void add(Finding finding) {
            sink.finding(finding);
            if (reason == null) {
                reason = finding.message();
            }
        }
    }
}
