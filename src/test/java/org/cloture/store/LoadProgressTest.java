package org.cloture.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.cloture.config.AssociationConfig;
import org.cloture.ingest.DropFolderIngest;
import org.cloture.ingest.FecFixtures;
import org.cloture.ingest.LoadProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A loading file reports its rows batch by batch, while they are written and not yet visible. */
class LoadProgressTest {

    @TempDir
    Path input;

    @Test
    void eachWrittenBatchIsReportedThenTheWholeFileBeforeItBecomesVisible() throws IOException {
        Files.createDirectories(input.resolve("2023"));
        List<String> lines = new ArrayList<>(List.of(FecFixtures.HEADER));
        for (int entry = 1; entry <= 12_500; entry++) {
            lines.add(line(entry, "606300", "10,00", "0,00"));
            lines.add(line(entry, "512000", "0,00", "10,00"));
        }
        Files.write(input.resolve("2023/123456789FEC20231231.txt"), lines, StandardCharsets.UTF_8);
        DataSource dataSource = TestDatabase.create();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List<String> events = new ArrayList<>();
        LoadProgress progress = new LoadProgress() {
            @Override
            public void fileStarted(int year, String path, long sizeBytes) {
                events.add("started " + year + "/" + path);
            }

            @Override
            public void rowsStored(int year, String path, long rows) {
                Integer visible = jdbc.queryForObject("SELECT COUNT(*) FROM source_file WHERE status = 'LOADED'",
                        Integer.class);
                events.add("stored " + rows + " (visible files: " + visible + ")");
            }

            @Override
            public void fileFinished(int year, String path, DropFolderIngest.Outcome outcome, int rowsRead) {
                events.add(outcome + " " + rowsRead);
            }
        };
        JdbcStagingStore store = new JdbcStagingStore(jdbc, new TransactionTemplate(new JdbcTransactionManager(dataSource)),
                Clock.systemUTC(), progress);

        new DropFolderIngest(store.loads(), DropFolderIngest.allReaders(), progress).ingestYear(input, 2023,
                AssociationConfig.minimal("Test", MonthDay.of(1, 1)));

        assertThat(events).containsExactly("started 2023/123456789FEC20231231.txt",
                "stored 10000 (visible files: 0)", "stored 20000 (visible files: 0)", "stored 25000 (visible files: 0)",
                "LOADED 25000");
    }

    private static String line(int entry, String account, String debit, String credit) {
        return "OD\tJ\t" + entry + "\t20230315\t" + account + "\tCompte\t\t\tP" + entry + "\t20230315\tLibellé\t"
                + debit + "\t" + credit + "\t\t\t20230315\t\t";
    }
}
