package org.cloture.ingest.ofx;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.cloture.banking.BankStatementLine;
import org.cloture.banking.StatedBalance;
import org.cloture.config.AssociationConfig;
import org.cloture.ingest.ReadSummary;
import org.cloture.ingest.RowSink;
import org.cloture.ingest.SourceFileReader;
import org.cloture.ingest.bank.StatementRecords;
import org.cloture.money.Amounts;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;

/**
 * Bank statements in OFX, the format French banks offer for accounting software (« format Money / OFX »), 1.x
 * (SGML) or 2.x (XML), whatever the file is called: recognised by its {@code OFXHEADER} or {@code <OFX>} tag. Each
 * transaction (STMTTRN: DTPOSTED, TRNAMT, NAME, MEMO, FITID) becomes a statement line located at the line of its
 * {@code <STMTTRN>}; LEDGERBAL (BALAMT at DTASOF) the statement's balance; BANKACCTFROM/ACCTID names the account.
 * A transaction without a readable date or amount is rejected with its finding, the others load.
 */
public final class OfxFileReader implements SourceFileReader {

    /** A year of statements is a few hundred kilobytes: past this size the file is something else. */
    static final long MAX_BYTES = 64L << 20;
    private static final int SNIFF_BYTES = 4096;
    private static final Pattern OFX_AMOUNT = Pattern.compile("[-+]?\\d+(?:[.,]\\d+)?|[-+]?[.,]\\d+");
    private static final Pattern OFX_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2}).*");
    private static final Set<String> TRANSACTION_FIELDS = Set.of("TRNTYPE", "DTPOSTED", "DTUSER", "DTAVAIL",
            "TRNAMT", "FITID", "CHECKNUM", "REFNUM", "NAME", "MEMO");

    @Override
    public boolean accepts(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SNIFF_BYTES);
            for (byte b : head) {
                if (b == 0) {
                    return false;
                }
            }
            String text = new String(head, StandardCharsets.ISO_8859_1).toUpperCase(Locale.ROOT);
            return text.contains("OFXHEADER") || text.contains("<OFX>");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public ReadSummary read(Path file, String displayName, int year, AssociationConfig config, RowSink sink) {
        SourceLocation whole = SourceLocation.ofFile(displayName);
        Optional<byte[]> bytes = StatementRecords.bytes(file, displayName, MAX_BYTES, "OFX", sink);
        if (bytes.isEmpty()) {
            return ReadSummary.nothing();
        }
        String document = decode(bytes.get());
        if (!document.toUpperCase(Locale.ROOT).contains("<OFX>")) {
            sink.finding(Finding.of(CheckId.FILE_UNREADABLE, whole, null, "en-tête OFX sans balise <OFX>"));
            return ReadSummary.nothing();
        }
        Statement statement = new Statement(displayName, sink);
        OfxTagStream.read(document, statement);
        statement.finish();
        if (statement.records.operations() == 0 && statement.records.balances() == 0 && statement.statements == 0) {
            sink.finding(Finding.of(CheckId.FILE_EMPTY, whole, null));
        }
        return new ReadSummary(Set.of(ReadSummary.SourceKind.BANK_STATEMENT), statement.records.operations());
    }

    /** UTF-8 when the bytes decode strictly (ASCII does), else Windows-1252 (« CHARSET:1252 » of OFX 1). */
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString()
                    .replace("\uFEFF", "");
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    /** The state of the reading: the account being read, the transaction or balance being collected. */
    private static final class Statement implements OfxTagStream.Handler {

        private final String file;
        private String account;
        private boolean inAccountFrom;
        private Map<String, String> transaction;
        private int transactionLine;
        private Map<String, String> ledgerBalance;
        private int balanceLine;
        private int statements;
        private int statementTransactions;
        private int statementLine;

        private final StatementRecords records;

        Statement(String file, RowSink sink) {
            this.file = file;
            this.records = new StatementRecords(sink);
        }

        @Override
        public void open(String name, int line) {
            switch (name) {
                case "STMTRS", "CCSTMTRS" -> {
                    // One file may hold several statements (a current and a savings account): each names its own.
                    account = null;
                    statementTransactions = 0;
                    statementLine = line;
                }
                case "BANKACCTFROM", "CCACCTFROM" -> inAccountFrom = true;
                case "STMTTRN" -> {
                    endTransaction();
                    transaction = new LinkedHashMap<>();
                    transactionLine = line;
                }
                case "LEDGERBAL" -> {
                    ledgerBalance = new LinkedHashMap<>();
                    balanceLine = line;
                }
                default -> { }
            }
        }

        @Override
        public void close(String name, int line) {
            switch (name) {
                case "BANKACCTFROM", "CCACCTFROM" -> inAccountFrom = false;
                case "STMTTRN", "BANKTRANLIST" -> endTransaction();
                case "STMTRS", "CCSTMTRS" -> endStatement();
                case "LEDGERBAL" -> endBalance();
                default -> { }
            }
        }

        @Override
        public void element(String name, String value, int line) {
            if (inAccountFrom && name.equals("ACCTID")) {
                account = value;
            } else if (transaction != null && TRANSACTION_FIELDS.contains(name)) {
                transaction.putIfAbsent(name, value);
            } else if (ledgerBalance != null && (name.equals("BALAMT") || name.equals("DTASOF"))) {
                ledgerBalance.putIfAbsent(name, value);
            }
        }

        void finish() {
            endTransaction();
            endBalance();
        }

        /**
         * A statement without any transaction is information, not an error: a savings account without movement
         * over the period is downloaded so (empty ACCTID, BALAMT and BANKTRANLIST included).
         */
        private void endStatement() {
            endTransaction();
            endBalance();
            statements++;
            if (statementTransactions == 0) {
                records.empty(SourceLocation.ofRow(file, null, statementLine),
                        account == null || account.isBlank() ? "OFX" : "OFX du compte " + account);
            }
        }

        private void endTransaction() {
            if (transaction == null) {
                return;
            }
            Map<String, String> fields = transaction;
            transaction = null;
            statementTransactions++;
            SourceLocation at = SourceLocation.ofRow(file, null, transactionLine);
            StatementRecords.Problems problems = records.problems();
            LocalDate date = date(fields, "DTPOSTED", at, problems);
            BigDecimal amount = amount(fields, "TRNAMT", at, problems);
            LocalDate available = Optional.ofNullable(fields.get("DTAVAIL")).flatMap(OfxFileReader::ofxDate).orElse(null);
            String operationAccount = account;
            records.operation(at, raw(fields), problems, () -> new BankStatementLine(operationAccount, date, available,
                    label(fields), amount, null, fields.get("FITID"), at));
        }

        private void endBalance() {
            if (ledgerBalance == null) {
                return;
            }
            Map<String, String> fields = ledgerBalance;
            ledgerBalance = null;
            SourceLocation at = SourceLocation.ofRow(file, null, balanceLine);
            if (Optional.ofNullable(fields.get("BALAMT")).filter(value -> !value.isBlank()).isEmpty()) {
                return; // an empty <BALAMT> states no balance: the reconciliation says the balance is unknown
            }
            StatementRecords.Problems problems = records.problems();
            LocalDate date = date(fields, "DTASOF", at, problems);
            BigDecimal amount = amount(fields, "BALAMT", at, problems);
            String balanceAccount = account;
            records.balance(problems,
                    () -> new StatedBalance(balanceAccount, date, StatedBalance.Timing.CLOSING, amount, at));
        }

        private LocalDate date(Map<String, String> fields, String tag, SourceLocation at,
                               StatementRecords.Problems problems) {
            String value = fields.get(tag);
            if (value == null) {
                problems.report(Finding.of(CheckId.REQUIRED_VALUE_MISSING, at.withColumn(tag), null, tag));
                return null;
            }
            Optional<LocalDate> date = ofxDate(value);
            if (date.isEmpty()) {
                problems.report(Finding.of(CheckId.INVALID_DATE, at.withColumn(tag), value, value));
            }
            return date.orElse(null);
        }

        private BigDecimal amount(Map<String, String> fields, String tag, SourceLocation at,
                                  StatementRecords.Problems problems) {
            String value = fields.get(tag);
            if (value == null) {
                problems.report(Finding.of(CheckId.REQUIRED_VALUE_MISSING, at.withColumn(tag), null, tag));
                return null;
            }
            Optional<BigDecimal> amount = ofxAmount(value);
            if (amount.isEmpty()) {
                problems.report(Finding.of(CheckId.INVALID_AMOUNT, at.withColumn(tag), value, value));
            }
            return amount.orElse(null);
        }

        private static String raw(Map<String, String> fields) {
            return fields.entrySet().stream().map(field -> field.getKey() + "=" + field.getValue())
                    .collect(Collectors.joining(";"));
        }

        /** NAME, then MEMO when it adds to it (banks put the payee in one and the detail in the other). */
        private static String label(Map<String, String> fields) {
            String name = fields.get("NAME");
            String memo = fields.get("MEMO");
            if (name == null) {
                return memo != null ? memo : fields.get("TRNTYPE");
            }
            return memo == null || name.contains(memo) ? name : name + " " + memo;
        }
    }

    /** {@code YYYYMMDD[HHMMSS[.XXX]][[offset:TZ]]}: the day as the bank wrote it. */
    static Optional<LocalDate> ofxDate(String value) {
        java.util.regex.Matcher matcher = OFX_DATE.matcher(value.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** {@code -12.50}, and {@code -12,50} as some French banks write it; more than two decimals must be zeros. */
    static Optional<BigDecimal> ofxAmount(String value) {
        String text = value.strip();
        if (!OFX_AMOUNT.matcher(text).matches()) {
            return Optional.empty();
        }
        BigDecimal amount = new BigDecimal(text.replace(',', '.').replace("+", ""));
        if (amount.scale() > Amounts.SCALE) {
            amount = amount.stripTrailingZeros();
        }
        return amount.scale() > Amounts.SCALE ? Optional.empty() : Optional.of(Amounts.exact(amount));
    }
}
