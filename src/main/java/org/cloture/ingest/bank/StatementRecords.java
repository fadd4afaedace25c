package org.cloture.ingest.bank;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import org.cloture.banking.BankStatementLine;
import org.cloture.banking.StatedBalance;
import org.cloture.ingest.RejectedRow;
import org.cloture.ingest.RowSink;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;

/**
 * What the readers of a bank's own statement formats (CFONB 120, OFX) do alike once they have cut a record out:
 * the file read whole under a size cap, each operation loaded or rejected with the findings of its fields, each
 * stated balance kept when its fields read, and an empty statement said as information.
 */
public final class StatementRecords {

    private final RowSink sink;
    private int operations;
    private int balances;

    public StatementRecords(RowSink sink) {
        this.sink = sink;
    }

    /**
     * The file's bytes; empty after a finding when it is larger than {@code maxBytes} (a statement never is: the
     * file is something else) or cannot be read.
     *
     * @param format « OFX », « CFONB » (for the message)
     */
    public static Optional<byte[]> bytes(Path file, String displayName, long maxBytes, String format, RowSink sink) {
        SourceLocation whole = SourceLocation.ofFile(displayName);
        try {
            if (Files.size(file) > maxBytes) {
                sink.finding(Finding.of(CheckId.FILE_REFUSED, whole, null,
                        "relevé " + format + " de plus de " + (maxBytes >> 20) + " Mo"));
                return Optional.empty();
            }
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            sink.finding(Finding.of(CheckId.FILE_UNREADABLE, whole, null,
                    "erreur de lecture (" + e.getClass().getSimpleName() + ")"));
            return Optional.empty();
        }
    }

    /** The findings of one record's fields: each goes to the sink at once, its message kept for the rejection. */
    public final class Problems {
        private final StringBuilder reasons = new StringBuilder();

        public void report(Finding finding) {
            sink.finding(finding);
            reasons.append(reasons.length() == 0 ? "" : " ; ").append(finding.message());
        }

        public boolean none() {
            return reasons.length() == 0;
        }
    }

    public Problems problems() {
        return new Problems();
    }

    /** One operation read: loaded when its fields read, else rejected with their findings ({@code raw}: as written). */
    public void operation(SourceLocation at, String raw, Problems problems, Supplier<BankStatementLine> line) {
        operations++;
        if (problems.none()) {
            sink.bankLine(line.get());
        } else {
            sink.rejected(new RejectedRow(at, raw, problems.reasons.toString()));
        }
    }

    /** A balance the statement states, kept when its fields read (their findings are already given). */
    public void balance(Problems problems, Supplier<StatedBalance> balance) {
        if (problems.none()) {
            sink.statedBalance(balance.get());
            balances++;
        }
    }

    /** A statement without operations: information, never blocking (a savings account without movement). */
    public void empty(SourceLocation at, String what) {
        sink.finding(Finding.of(CheckId.BANK_STATEMENT_EMPTY, at, null, what));
    }

    /** Operations read, loaded or rejected. */
    public int operations() {
        return operations;
    }

    public int balances() {
        return balances;
    }
}
