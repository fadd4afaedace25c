package org.cloture.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import org.cloture.config.AssociationConfig;
import org.cloture.ingest.DropFolderIngest;
import org.cloture.ingest.FecFixtures;
import org.cloture.ledger.AccountBalance;
import org.cloture.ledger.TrialBalance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The totals kept while a FEC loads give what the lines would give, without reading the lines back. */
class LedgerTotalsAtLoadTest {

    private static final AssociationConfig CONFIG = AssociationConfig.minimal("Test", MonthDay.of(1, 1));
    static final String HEADER = FecFixtures.HEADER;

    @TempDir
    Path input;

    private final JdbcStagingStore store = TestDatabase.store(TestDatabase.create());

    @Test
    void theTrialBalanceFromTheKeptTotalsEqualsTheOneFromTheLines() throws IOException {
        new DropFolderIngest(store.loads()).ingestYear(Path.of("input"), 2023, CONFIG);

        TrialBalance fromLines = TrialBalance.of(store.ledger().ledgerLines(2023));
        TrialBalance fromTotals = store.ledger().trialBalance(2023);

        assertThat(balances(fromTotals)).isEqualTo(balances(fromLines));
        assertThat(store.ledger().unbalancedEntries(2023)).isEmpty();
    }

    @Test
    void anEntrySplitAcrossThePartsOfAFecIsJudgedOnItsSumAndAnUnbalancedOneIsLocatedAtItsFirstLine()
            throws IOException {
        Files.createDirectories(input.resolve("2023"));
        write("123456789FEC20231231_1.txt", HEADER,
                line("BQ", "1", "20230315", "512000", "60,00", "0,00"),
                line("OD", "2", "20230316", "606300", "10,00", "0,00"));
        write("123456789FEC20231231_2.txt", HEADER,
                line("BQ", "1", "20230315", "756000", "0,00", "60,00"),
                line("OD", "2", "20230316", "401000", "0,00", "9,00"));

        new DropFolderIngest(store.loads()).ingestYear(input, 2023, CONFIG);

        assertThat(store.ledger().unbalancedEntries(2023)).singleElement().satisfies(entry -> {
            assertThat(entry.journalCode() + " " + entry.entryNum()).isEqualTo("OD 2");
            assertThat(entry.debit()).isEqualByComparingTo("10.00");
            assertThat(entry.credit()).isEqualByComparingTo("9.00");
            assertThat(entry.firstLine().toString()).isEqualTo("123456789FEC20231231_1.txt:3");
        });
    }

    @Test
    void theKeyLinesAreTheOpeningJournalTheFirstDayAndTheFixedAssetsAndDedicatedFunds() throws IOException {
        Files.createDirectories(input.resolve("2023"));
        write("123456789FEC20231231.txt", HEADER,
                line("AN", "1", "20230101", "102000", "0,00", "100,00"),
                line("AN", "1", "20230101", "512000", "100,00", "0,00"),
                line("BQ", "2", "20230101", "401000", "5,00", "0,00"),
                line("BQ", "2", "20230101", "512000", "0,00", "5,00"),
                line("HA", "3", "20230601", "218300", "50,00", "0,00"),
                line("HA", "3", "20230601", "404000", "0,00", "50,00"),
                line("OD", "4", "20231231", "689400", "7,00", "0,00"),
                line("OD", "4", "20231231", "194000", "0,00", "7,00"),
                line("BQ", "5", "20230702", "606300", "3,00", "0,00"),
                line("BQ", "5", "20230702", "512000", "0,00", "3,00"));

        new DropFolderIngest(store.loads()).ingestYear(input, 2023, CONFIG);
        List<String> keyLines = new ArrayList<>();
        store.ledger().forEachKeyLine(2023, line -> keyLines.add(line.journalCode() + line.entryNum() + ":" + line.account()));

        assertThat(keyLines).containsExactly("AN1:102000", "AN1:512000", "BQ2:401000", "BQ2:512000", "HA3:218300",
                "OD4:194000");
    }

    private void write(String name, String... lines) throws IOException {
        Files.writeString(input.resolve("2023").resolve(name), String.join("\r\n", lines) + "\r\n",
                StandardCharsets.UTF_8);
    }

    private static String line(String journal, String entry, String date, String account, String debit,
                               String credit) {
        return journal + "\tJ\t" + entry + "\t" + date + "\t" + account + "\tCompte " + account + "\t\t\tP" + entry
                + "\t" + date + "\tLibellé\t" + debit + "\t" + credit + "\t\t\t" + date + "\t\t";
    }

    private static List<String> balances(TrialBalance balance) {
        return balance.detailed().stream().map(AccountBalance::toString).toList();
    }

}
