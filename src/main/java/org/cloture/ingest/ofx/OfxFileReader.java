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
import org.cloture.ingest.RejectedRow;
import org.cloture.ingest.RowSink;
import org.cloture.ingest.SourceFileReader;
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
        String document;
        try {
            if (Files.size(file) > MAX_BYTES) {
                sink.finding(Finding.of(CheckId.FILE_REFUSED, whole, null,
                        "relevé OFX de plus de " + (MAX_BYTES >> 20) + " Mo"));
                return ReadSummary.nothing();
            }
            document = decode(Files.readAllBytes(file));
        } catch (IOException e) {
            sink.finding(Finding.of(CheckId.FILE_UNREADABLE, whole, null, "erreur de lecture (" + e.getClass().getSimpleName() + ")"));
            return ReadSummary.nothing();
        }
        if (!document.toUpperCase(Locale.ROOT).contains("<OFX>")) {
            sink.finding(Finding.of(CheckId.FILE_UNREADABLE, whole, null, "en-tête OFX sans balise <OFX>"));
            return ReadSummary.nothing();
        }
        Statement statement = new Statement(displayName, sink);
        OfxTagStream.read(document, statement);
        statement.finish();
        if (statement.transactions == 0 && statement.balances == 0 && statement.statements == 0) {
            sink.finding(Finding.of(CheckId.FILE_EMPTY, whole, null));
        }
        return new ReadSummary(Set.of(ReadSummary.SourceKind.BANK_STATEMENT), statement.transactions);
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
        private final RowSink sink;
        private String account;
        private boolean inAccountFrom;
        private Map<String, String> transaction;
        private int transactionLine;
        private Map<String, String> ledgerBalance;
        private int balanceLine;
        private int transactions;
        private int balances;
        private int statements;
        private int statementTransactions;
        private int statementLine;

        Statement(String file, RowSink sink) {
            this.file = file;
            this.sink = sink;
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
                sink.finding(Finding.of(CheckId.BANK_STATEMENT_EMPTY, SourceLocation.ofRow(file, null, statementLine),
                        null, account == null || account.isBlank() ? "OFX" : "OFX du compte " + account));
            }
        }

        private void endTransaction() {
            if (transaction == null) {
                return;
            }
            Map<String, String> fields = transaction;
            transaction = null;
            transactions++;
            statementTransactions++;
            SourceLocation at = SourceLocation.ofRow(file, null, transactionLine);
            StringBuilder reasons = new StringBuilder();
            LocalDate date = date(fields, "DTPOSTED", at, reasons);
            BigDecimal amount = amount(fields, "TRNAMT", at, reasons);
            if (reasons.length() > 0) {
                sink.rejected(new RejectedRow(at, raw(fields), reasons.toString()));
                return;
            }
            LocalDate available = Optional.ofNullable(fields.get("DTAVAIL")).flatMap(OfxFileReader::ofxDate).orElse(null);
            sink.bankLine(new BankStatementLine(account, date, available, label(fields), amount, null,
                    fields.get("FITID"), at));
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
            StringBuilder reasons = new StringBuilder();
            LocalDate date = date(fields, "DTASOF", at, reasons);
            BigDecimal amount = amount(fields, "BALAMT", at, reasons);
            if (reasons.length() == 0) {
                balances++;
                sink.statedBalance(new StatedBalance(account, date, StatedBalance.Timing.CLOSING, amount, at));
            }
        }

        private LocalDate date(Map<String, String> fields, String tag, SourceLocation at, StringBuilder reasons) {
            String value = fields.get(tag);
            if (value == null) {
                report(Finding.of(CheckId.REQUIRED_VALUE_MISSING, at.withColumn(tag), null, tag), reasons);
                return null;
            }
            Optional<LocalDate> date = ofxDate(value);
            if (date.isEmpty()) {
                report(Finding.of(CheckId.INVALID_DATE, at.withColumn(tag), value, value), reasons);
            }
            return date.orElse(null);
        }

        private BigDecimal amount(Map<String, String> fields, String tag, SourceLocation at, StringBuilder reasons) {
            String value = fields.get(tag);
            if (value == null) {
                report(Finding.of(CheckId.REQUIRED_VALUE_MISSING, at.withColumn(tag), null, tag), reasons);
                return null;
            }
            Optional<BigDecimal> amount = ofxAmount(value);
            if (amount.isEmpty()) {
                report(Finding.of(CheckId.INVALID_AMOUNT, at.withColumn(tag), value, value), reasons);
            }
            return amount.orElse(null);
        }

        private void report(Finding finding, StringBuilder reasons) {
            sink.finding(finding);
            reasons.append(reasons.length() == 0 ? "" : " ; ").append(finding.message());
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
