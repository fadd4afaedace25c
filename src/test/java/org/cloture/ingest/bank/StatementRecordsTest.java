package org.cloture.ingest.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.cloture.banking.BankStatementLine;
import org.cloture.banking.StatedBalance;
import org.cloture.ingest.CollectingRowSink;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the CFONB 120 and OFX readers share: operations loaded or rejected, balances kept, file size capped. */
class StatementRecordsTest {

    @TempDir
    Path dir;

    private final CollectingRowSink sink = new CollectingRowSink();
    private final StatementRecords records = new StatementRecords(sink);
    private final SourceLocation at = SourceLocation.ofRow("releve.ofx", null, 12);

    @Test
    void anOperationWhoseFieldsReadIsLoadedAndOneThatDoesNotIsRejectedWithEveryReason() {
        records.operation(at, "raw", records.problems(), () -> new BankStatementLine("A", LocalDate.of(2024, 1, 2),
                null, "VIR", new BigDecimal("10.00"), null, null, at));
        StatementRecords.Problems problems = records.problems();
        problems.report(Finding.of(CheckId.INVALID_DATE, at, "2024-13-45", "2024-13-45"));
        problems.report(Finding.of(CheckId.INVALID_AMOUNT, at, "1O,00", "1O,00"));
        records.operation(at, "DTPOSTED=2024-13-45", problems, () -> {
            throw new AssertionError("never built");
        });

        assertThat(sink.bankLines).hasSize(1);
        assertThat(sink.rejected).singleElement().satisfies(row -> {
            assertThat(row.rawText()).isEqualTo("DTPOSTED=2024-13-45");
            assertThat(row.reason()).contains(" ; ");
        });
        assertThat(sink.findings).hasSize(2);
        assertThat(records.operations()).isEqualTo(2);
    }

    @Test
    void aBalanceIsKeptOnlyWhenItsFieldsRead() {
        records.balance(records.problems(), () -> new StatedBalance("A", LocalDate.of(2024, 1, 31),
                StatedBalance.Timing.CLOSING, new BigDecimal("5.00"), at));
        StatementRecords.Problems problems = records.problems();
        problems.report(Finding.of(CheckId.INVALID_AMOUNT, at, "x", "x"));
        records.balance(problems, () -> {
            throw new AssertionError("never built");
        });

        assertThat(sink.statedBalances).hasSize(1);
        assertThat(records.balances()).isEqualTo(1);
    }

    @Test
    void aFileOverTheCapIsRefusedAndAnEmptyStatementIsInformation() throws IOException {
        Path big = Files.write(dir.resolve("big.ofx"), new byte[(1 << 20) + 1]);

        assertThat(StatementRecords.bytes(big, "big.ofx", 1 << 20, "OFX", sink)).isEmpty();
        assertThat(StatementRecords.bytes(big, "big.ofx", 2 << 20, "OFX", sink)).isPresent();
        records.empty(at, "OFX du compte A");

        assertThat(sink.findings).extracting(Finding::check)
                .containsExactly(CheckId.FILE_REFUSED, CheckId.BANK_STATEMENT_EMPTY);
    }
}
