package org.cloture.ingest.bank;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cloture.banking.BankStatementLine;
import org.cloture.config.AssociationConfig;
import org.cloture.ingest.ReadSummary;
import org.cloture.ingest.RejectedRow;
import org.cloture.ingest.RowSink;
import org.cloture.ingest.SourceFileReader;
import org.cloture.ingest.cells.AmountParser;
import org.cloture.ingest.cells.DayOfTimestamp;
import org.cloture.ingest.cells.Texts;
import org.cloture.ingest.table.CsvExport;
import org.cloture.ingest.table.RawRow;
import org.cloture.money.Amounts;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;

/**
 * A bank's own CSV export, read with its layout ({@link BankLayouts}): the file is taken only when one of its
 * first rows is exactly a known bank header, so any other table still goes to the register reader. The rows
 * above the header and below the operations give the account and the stated balances ({@link StatementFrame}).
 * Each operation is located at its row; an operation without a readable date or amount is rejected with its
 * finding, the others load.
 */
public final class BankCsvFileReader implements SourceFileReader {

    /** Banks put at most a dozen lines of account details above the header. */
    static final int HEADER_SEARCH_ROWS = 30;
    /** Banks name their exports .csv, some .txt or .tsv. */
    private static final Set<String> EXTENSIONS = Set.of(".csv", ".txt", ".tsv");

    private final BankLayouts layouts;

    public BankCsvFileReader() {
        this(BankLayouts.builtIn());
    }

    BankCsvFileReader(BankLayouts layouts) {
        this.layouts = layouts;
    }

    @Override
    public boolean accepts(Path file) {
        return layoutOf(file).isPresent();
    }

    /** The layout of the file's header row, if one of its first rows is a known bank header. */
    public Optional<String> layoutId(Path file) {
        return layoutOf(file).map(header -> header.layout().id());
    }

    private Optional<BankLayout.Header> layoutOf(Path file) {
        return CsvExport.header(file, EXTENSIONS, HEADER_SEARCH_ROWS, layouts::header);
    }

    @Override
    public ReadSummary read(Path file, String displayName, int year, AssociationConfig config, RowSink sink) {
        SourceLocation whole = SourceLocation.ofFile(displayName);
        Statement statement = new Statement(displayName, sink);
        if (!CsvExport.read(file, displayName, sink::finding, statement::read)) {
            return ReadSummary.nothing();
        }
        if (statement.header == null) {
            sink.finding(Finding.of(CheckId.FILE_UNREADABLE, whole, null, "en-tête de relevé introuvable"));
            return ReadSummary.nothing();
        }
        statement.finish();
        return new ReadSummary(Set.of(ReadSummary.SourceKind.BANK_STATEMENT), statement.rowsRead);
    }

    /** The reading of one export: title rows, header, operations, closing rows. */
    private final class Statement {

        private final String file;
        private final RowSink sink;
        private final StatementFrame frame = new StatementFrame();
        private BankLayout.Header header;
        private RawRow headerRow;
        private int rowsRead;
        private int operations;
        private LocalDate first;
        private LocalDate last;
        private String lastAccount;

        Statement(String file, RowSink sink) {
            this.file = file;
            this.sink = sink;
        }

        void read(Iterator<RawRow> rows) {
            int searched = 0;
            while (header == null && rows.hasNext() && searched++ < HEADER_SEARCH_ROWS) {
                RawRow row = rows.next();
                Optional<BankLayout.Header> found = layouts.header(row);
                if (found.isPresent()) {
                    header = found.get();
                    headerRow = row;
                    sink.finding(Finding.of(CheckId.EXPORT_FORMAT_RECOGNISED,
                            SourceLocation.ofRow(file, row.sheet(), row.rowNumber()), null,
                            "relevé bancaire " + header.layout().bank() + " (export CSV, en-têtes ligne "
                                    + row.rowNumber() + ")"));
                } else {
                    frame.read(row, file);
                }
            }
            if (header == null) {
                return;
            }
            rows.forEachRemaining(this::operation);
        }

        private void operation(RawRow row) {
            if (row.isBlank()) {
                return;
            }
            SourceLocation at = SourceLocation.ofRow(file, row.sheet(), row.rowNumber());
            String dateText = text(row, "date");
            Optional<LocalDate> date = DayOfTimestamp.parse(dateText);
            if (date.isEmpty() && isBalanceOrTotal(row)) {
                frame.read(row, file); // « Solde en début de période » below the operations
                return;
            }
            rowsRead++;
            String status = text(row, "status");
            if (!status.isEmpty() && header.layout().notCounted().contains(Texts.folded(status))) {
                sink.finding(Finding.of(CheckId.BANK_LINE_NOT_COUNTED, at.withColumn(header("status")),
                        status, status, describe(row)));
                return;
            }
            List<Finding> problems = new ArrayList<>();
            if (date.isEmpty()) {
                problems.add(dateText.isEmpty()
                        ? Finding.of(CheckId.REQUIRED_VALUE_MISSING, at.withColumn(header("date")), null, "Date")
                        : Finding.of(CheckId.INVALID_DATE, at.withColumn(header("date")), dateText, dateText));
            }
            BigDecimal amount = amount(row, at, problems);
            if (!problems.isEmpty()) {
                problems.forEach(sink::finding);
                sink.rejected(new RejectedRow(at, row.joinedText(), problems.stream().map(Finding::message)
                        .reduce((a, b) -> a + " ; " + b).orElse("")));
                return;
            }
            String account = text(row, "account");
            String accountId = account.isEmpty() ? frame.account() : account;
            lastAccount = accountId;
            Optional<LocalDate> valueDate = DayOfTimestamp.parse(text(row, "valueDate"));
            BigDecimal balance = AmountParser.parse(text(row, "balance")).map(Amounts::exact).orElse(null);
            String reference = text(row, "reference");
            sink.bankLine(new BankStatementLine(accountId, date.get(), valueDate.orElse(null), label(row),
                    amount, balance, reference.isEmpty() ? null : reference, at));
            operations++;
            first = first == null || date.get().isBefore(first) ? date.get() : first;
            last = last == null || date.get().isAfter(last) ? date.get() : last;
        }

        /**
         * A signed « amount », or « credit » − « debit » whatever sign the bank wrote in them; null with a
         * finding when there is no readable amount.
         */
        private BigDecimal amount(RawRow row, SourceLocation at, List<Finding> problems) {
            if (header.has("amount")) {
                return parsed(row, "amount", at, problems, false);
            }
            BigDecimal debit = parsed(row, "debit", at, problems, true);
            BigDecimal credit = parsed(row, "credit", at, problems, true);
            if (debit == null && credit == null) {
                if (problems.isEmpty()) {
                    problems.add(Finding.of(CheckId.REQUIRED_VALUE_MISSING, at.withColumn(header("debit")),
                            null, "Débit ou Crédit"));
                }
                return null;
            }
            BigDecimal in = credit == null ? Amounts.ZERO : credit.abs();
            BigDecimal out = debit == null ? Amounts.ZERO : debit.abs();
            return Amounts.exact(in.subtract(out));
        }

        private BigDecimal parsed(RawRow row, String field, SourceLocation at, List<Finding> problems,
                                  boolean emptyAllowed) {
            String text = text(row, field);
            if (text.isEmpty()) {
                if (!emptyAllowed) {
                    problems.add(Finding.of(CheckId.REQUIRED_VALUE_MISSING, at.withColumn(header(field)), null,
                            header(field)));
                }
                return null;
            }
            Optional<BigDecimal> amount = AmountParser.parse(text);
            if (amount.isEmpty()) {
                problems.add(Finding.of(CheckId.INVALID_AMOUNT, at.withColumn(header(field)), text, text));
                return null;
            }
            return Amounts.exact(amount.get());
        }

        /** The label, completed by the detail and counterparty when they add to it. */
        private String label(RawRow row) {
            String label = spaced(text(row, "label"));
            for (String field : List.of("detail", "counterparty")) {
                String more = spaced(text(row, field));
                if (more.isEmpty() || label.contains(more)) {
                    continue;
                }
                // Caisse d'Épargne's « Détail » repeats the label and goes on: keep the longer one only.
                label = more.startsWith(label) ? more : label.isEmpty() ? more : label + " — " + more;
            }
            return label;
        }

        /** Banks pad labels to fixed widths and some break them over lines: any run of spaces is one space. */
        private static String spaced(String text) {
            return text.replaceAll("\\s+", " ").strip();
        }

        private boolean isBalanceOrTotal(RawRow row) {
            String folded = Texts.folded(row.joinedText());
            return folded.contains("solde") || folded.startsWith("total");
        }

        private String describe(RawRow row) {
            return DayOfTimestamp.parse(text(row, "date")).map(org.cloture.money.FrenchFormat::shortDate).orElse("")
                    + " " + text(row, "amount") + text(row, "debit") + text(row, "credit") + " « " + label(row) + " »";
        }

        private String text(RawRow row, String field) {
            int column = header.column(field);
            return column < 0 ? "" : row.cell(column).text().strip();
        }

        /** The header as the bank wrote it, for the findings. */
        private String header(String field) {
            int column = header.column(field);
            String text = column < 0 ? "" : headerRow.cell(column).text().strip();
            return text.isEmpty() ? field : text;
        }

        void finish() {
            frame.balances(lastAccount != null ? lastAccount : frame.account(), first, last)
                    .forEach(sink::statedBalance);
            if (operations == 0 && rowsRead == 0) {
                sink.finding(Finding.of(CheckId.BANK_STATEMENT_EMPTY, SourceLocation.ofFile(file), null,
                        header.layout().bank()));
            }
        }
    }
}
