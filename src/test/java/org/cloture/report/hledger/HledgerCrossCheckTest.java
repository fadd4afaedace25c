package org.cloture.report.hledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cloture.config.AssociationConfig;
import org.cloture.ingest.DropFolderIngest;
import org.cloture.ingest.FecFileReader;
import org.cloture.ledger.AccountBalance;
import org.cloture.ledger.LedgerLine;
import org.cloture.ledger.TrialBalance;
import org.cloture.source.SourceLocation;
import org.cloture.store.JdbcStagingStore;
import org.cloture.store.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Our balances against an independent engine: the loaded ledger exported as an hledger journal, and
 * {@code hledger balance} recomputing every account and the class 6/7 result. CI installs hledger; a
 * developer machine without it skips these tests.
 */
class HledgerCrossCheckTest {

    @Test
    void theDemoLedgerHasTheSameBalancesInHledger() throws Exception {
        assumeHledger();
        JdbcStagingStore store = TestDatabase.store(TestDatabase.create());
        AssociationConfig config = AssociationConfig.minimal("Démo", MonthDay.of(1, 1));
        new DropFolderIngest(store.loads(), List.of(new FecFileReader())).ingestYear(Path.of("input"), 2023, config);
        List<LedgerLine> lines = store.ledger().ledgerLines(2023);
        assertThat(lines).hasSize(1497);

        assertSameBalances(lines);
    }

    /** The 2025 demo year, booked in the modernised chart (747, 649, 7587, 757): same balances and result. */
    @Test
    void theDemo2025LedgerHasTheSameBalancesInHledger() throws Exception {
        assumeHledger();
        JdbcStagingStore store = TestDatabase.store(TestDatabase.create());
        AssociationConfig config = AssociationConfig.minimal("Démo", MonthDay.of(1, 1));
        new DropFolderIngest(store.loads(), List.of(new FecFileReader())).ingestYear(Path.of("input"), 2025, config);
        List<LedgerLine> lines = store.ledger().ledgerLines(2025);
        assertThat(lines).hasSize(1544);

        assertSameBalances(lines);
        assertThat(TrialBalance.of(lines).result()).isEqualByComparingTo("3415.08");
    }

    @Property(tries = 15)
    void randomBalancedLedgersHaveTheSameBalancesInHledger(@ForAll("ledgers") List<LedgerLine> lines) throws Exception {
        assumeHledger();
        assertSameBalances(lines);
    }

    private static void assertSameBalances(List<LedgerLine> lines) throws Exception {
        TrialBalance ours = TrialBalance.of(lines);
        Map<String, BigDecimal> theirs = hledgerBalances(lines);

        Map<String, BigDecimal> expected = new TreeMap<>();
        for (AccountBalance balance : ours.byAccount()) {
            if (balance.balance().signum() != 0) {
                expected.put(balance.account(), balance.balance());
            }
        }
        assertThat(theirs.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((account, balance) ->
                assertThat(theirs.get(account)).as(account).isEqualByComparingTo(balance));
        BigDecimal theirResult = theirs.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith("6") || entry.getKey().startsWith("7"))
                .map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add).negate();
        assertThat(theirResult).isEqualByComparingTo(ours.result());
    }

    @Provide
    Arbitrary<List<LedgerLine>> ledgers() {
        Arbitrary<String> accounts = Arbitraries.of("512100", "5121", "401000", "411000", "606300", "613200",
                "641100", "706100", "741200", "756000", "7541", "102000", "2183", "28183");
        Arbitrary<Long> cents = Arbitraries.longs().between(1, 10_000_000);
        Arbitrary<List<LedgerLine>> entry = Combinators.combine(accounts.list().ofMinSize(1).ofMaxSize(4),
                        cents.list().ofMinSize(4).ofMaxSize(4), accounts)
                .as((debits, amounts, creditAccount) -> {
                    List<LedgerLine> lines = new ArrayList<>();
                    BigDecimal total = BigDecimal.ZERO;
                    for (int i = 0; i < debits.size(); i++) {
                        BigDecimal amount = BigDecimal.valueOf(amounts.get(i), 2);
                        total = total.add(amount);
                        lines.add(line(debits.get(i), amount, BigDecimal.ZERO.setScale(2)));
                    }
                    lines.add(line(creditAccount, BigDecimal.ZERO.setScale(2), total));
                    return lines;
                });
        return entry.list().ofMinSize(1).ofMaxSize(30).map(entries -> {
            List<LedgerLine> all = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                for (LedgerLine line : entries.get(i)) {
                    all.add(new LedgerLine("OD", "E" + i, line.date(), line.account(), null, null, "Écriture " + i,
                            line.debit(), line.credit(), line.location()));
                }
            }
            return all;
        });
    }

    private static LedgerLine line(String account, BigDecimal debit, BigDecimal credit) {
        return new LedgerLine("OD", "0", LocalDate.of(2023, 6, 30), account, null, null, "x", debit, credit,
                SourceLocation.ofFile("random"));
    }

    private static Map<String, BigDecimal> hledgerBalances(List<LedgerLine> lines) throws Exception {
        StringWriter journal = new StringWriter();
        HledgerJournal.write(lines, journal);
        Path file = Files.createTempFile("cloture-", ".journal");
        try {
            Files.writeString(file, journal.toString(), StandardCharsets.UTF_8);
            Process process = new ProcessBuilder("hledger", "-f", file.toString(), "balance", "--flat", "--no-total",
                    "-O", "csv").redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(output).isZero();
            Map<String, BigDecimal> balances = new TreeMap<>();
            for (String row : output.lines().skip(1).toList()) {
                String[] cells = row.replace("\"", "").split(",");
                balances.put(cells[0], new BigDecimal(cells[1]));
            }
            return balances;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** In CI hledger must be there (.ci/run installs it); elsewhere its absence skips the comparison. */
    private static void assumeHledger() throws IOException, InterruptedException {
        boolean present;
        try {
            present = new ProcessBuilder("hledger", "--version").start().waitFor() == 0;
        } catch (IOException e) {
            present = false;
        }
        if (System.getenv("CI") != null) {
            assertThat(present).as("hledger is installed by .ci/run").isTrue();
        }
        assumeTrue(present, "hledger not installed");
    }
}
