package org.cloture.ingest.bank;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.cloture.banking.BankStatementLine;
import org.cloture.banking.StatedBalance;
import org.cloture.config.AssociationConfig;
import org.cloture.ingest.ReadSummary;
import org.cloture.ingest.RowSink;
import org.cloture.ingest.SourceFileReader;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;

/**
 * Bank statements in CFONB 120 (« relevé de compte 120 caractères »), the fixed-position format French banks
 * deliver to accounting software, whatever the file is called: recognised by its first record, an « 01 » old
 * balance. Records 01 and 07 are the stated balances (opening, closing) of each account, 04 the operations and
 * 05 the complements of the operation above them (added to its label). One file may hold several accounts,
 * each between its 01 and 07. Line endings may be mixed (CR LF and LF in one file, as files concatenated by the
 * bank are), and a record whose trailing spaces were cut is padded back to 120 characters.
 */
public final class Cfonb120FileReader implements SourceFileReader {

    /** A year of statements for a few accounts is well under a megabyte. */
    static final long MAX_BYTES = 64L << 20;
    private static final Pattern FIRST_RECORD = Pattern.compile("01\\d{5}.{4}[0-9 ]{5}[A-Z ]{3}\\d.{11}.*");
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\n|\r");
    /** The old balance record stops at the amount (position 104); shorter, it is not CFONB. */
    private static final int SHORTEST_FIRST_RECORD = 104;

    @Override
    public boolean accepts(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(256);
            String text = new String(head, StandardCharsets.ISO_8859_1);
            String first = LINE_BREAK.split(text, 2)[0].stripTrailing();
            return first.length() >= SHORTEST_FIRST_RECORD && first.length() <= Cfonb120Record.LENGTH
                    && FIRST_RECORD.matcher(first).matches() && !text.contains("\u0000");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public ReadSummary read(Path file, String displayName, int year, AssociationConfig config, RowSink sink) {
        SourceLocation whole = SourceLocation.ofFile(displayName);
        Optional<byte[]> bytes = StatementRecords.bytes(file, displayName, MAX_BYTES, "CFONB", sink);
        if (bytes.isEmpty()) {
            return ReadSummary.nothing();
        }
        // The standard is ASCII; ISO-8859-1 reads any byte without failing on a stray accent.
        String text = new String(bytes.get(), StandardCharsets.ISO_8859_1);
        Statements statements = new Statements(displayName, sink);
        String[] lines = LINE_BREAK.split(text, -1);
        for (int index = 0; index < lines.length; index++) {
            statements.line(lines[index], index + 1);
        }
        statements.finish();
        if (statements.records.operations() == 0) {
            statements.records.empty(whole, "CFONB 120");
        }
        return new ReadSummary(Set.of(ReadSummary.SourceKind.BANK_STATEMENT), statements.records.operations());
    }

    /** The reading of the records in order: the operation waiting for its complements, the decimals in force. */
    private static final class Statements {

        private final String file;
        private final RowSink sink;
        private Cfonb120Record pending;
        private int pendingLine;
        private StringBuilder pendingLabel;
        private boolean announced;
        private final StatementRecords records;

        Statements(String file, RowSink sink) {
            this.file = file;
            this.sink = sink;
            this.records = new StatementRecords(sink);
        }

        void line(String raw, int lineNumber) {
            String line = raw.stripTrailing();
            if (line.isEmpty()) {
                return;
            }
            SourceLocation at = SourceLocation.ofRow(file, null, lineNumber);
            if (line.length() > Cfonb120Record.LENGTH) {
                sink.finding(Finding.of(CheckId.CFONB_RECORD_INVALID, at, null,
                        line.length() + " caractères au lieu de 120"));
                return;
            }
            Cfonb120Record record = new Cfonb120Record(line + " ".repeat(Cfonb120Record.LENGTH - line.length()));
            switch (record.code()) {
                case "01" -> {
                    endOperation();
                    announce(at);
                    balance(record, at, StatedBalance.Timing.OPENING);
                }
                case "04" -> {
                    endOperation();
                    pending = record;
                    pendingLine = lineNumber;
                    pendingLabel = new StringBuilder(record.label().strip());
                }
                case "05" -> {
                    if (pending != null && record.accountId().equals(pending.accountId())) {
                        pendingLabel.append(" — ").append(record.complementText().strip());
                    } else {
                        sink.finding(Finding.of(CheckId.CFONB_RECORD_INVALID, at, null,
                                "complément 05 sans opération 04 du même compte au-dessus"));
                    }
                }
                case "07" -> {
                    endOperation();
                    balance(record, at, StatedBalance.Timing.CLOSING);
                }
                default -> sink.finding(Finding.of(CheckId.CFONB_RECORD_INVALID, at, null,
                        "code d'enregistrement « " + record.code() + " » inconnu (01, 04, 05 ou 07 attendu)"));
            }
        }

        private void announce(SourceLocation at) {
            if (!announced) {
                announced = true;
                sink.finding(Finding.of(CheckId.EXPORT_FORMAT_RECOGNISED, at, null, "relevé bancaire CFONB 120"));
            }
        }

        private void balance(Cfonb120Record record, SourceLocation at, StatedBalance.Timing timing) {
            StatementRecords.Problems problems = records.problems();
            Optional<LocalDate> date = date(record, at, problems);
            Optional<BigDecimal> amount = amount(record, at, problems);
            records.balance(problems,
                    () -> new StatedBalance(record.accountId(), date.get(), timing, amount.get(), at));
        }

        private void endOperation() {
            if (pending == null) {
                return;
            }
            Cfonb120Record record = pending;
            pending = null;
            SourceLocation at = SourceLocation.ofRow(file, null, pendingLine);
            StatementRecords.Problems problems = records.problems();
            Optional<LocalDate> date = date(record, at, problems);
            Optional<BigDecimal> amount = amount(record, at, problems);
            String reference = (record.reference().strip() + " " + record.entryNumber().strip()).strip();
            String label = pendingLabel.toString();
            records.operation(at, record.line().stripTrailing(), problems, () -> new BankStatementLine(
                    record.accountId(), date.get(), date(record.valueDate()).orElse(null), label, amount.get(), null,
                    reference.isEmpty() ? null : reference, at));
        }

        private static Optional<LocalDate> date(Cfonb120Record record, SourceLocation at,
                                                StatementRecords.Problems problems) {
            Optional<LocalDate> date = date(record.date());
            if (date.isEmpty()) {
                problems.report(Finding.of(CheckId.INVALID_DATE, at.withColumn("date (35-40)"), record.date(),
                        record.date()));
            }
            return date;
        }

        private static Optional<BigDecimal> amount(Cfonb120Record record, SourceLocation at,
                                                   StatementRecords.Problems problems) {
            Optional<BigDecimal> amount = amount(record);
            if (amount.isEmpty()) {
                problems.report(Finding.of(CheckId.INVALID_AMOUNT, at.withColumn("montant (91-104)"),
                        record.amount(), record.amount()));
            }
            return amount;
        }

        void finish() {
            endOperation();
        }

        private static Optional<BigDecimal> amount(Cfonb120Record record) {
            String decimals = record.decimals();
            if (!decimals.chars().allMatch(Character::isDigit) || decimals.isBlank()) {
                return Optional.empty();
            }
            // Three decimals are allowed by the standard for other currencies; a euro amount has at most two.
            return Overpunch.decode(record.amount(), Integer.parseInt(decimals))
                    .map(amount -> amount.scale() > 2 ? amount.stripTrailingZeros() : amount)
                    .filter(amount -> amount.scale() <= 2)
                    .map(org.cloture.money.Amounts::exact);
        }

        /** DDMMYY; the statements of this century. */
        static Optional<LocalDate> date(String ddmmyy) {
            if (ddmmyy.length() != 6 || !ddmmyy.chars().allMatch(Character::isDigit)) {
                return Optional.empty();
            }
            try {
                return Optional.of(LocalDate.of(2000 + Integer.parseInt(ddmmyy.substring(4, 6)),
                        Integer.parseInt(ddmmyy.substring(2, 4)), Integer.parseInt(ddmmyy.substring(0, 2))));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
    }
}
