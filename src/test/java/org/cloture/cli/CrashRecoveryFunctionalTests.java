package org.cloture.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.cloture.jobs.JobHistory;
import org.cloture.store.DatabaseHealth;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A run killed with kill -9 in a child JVM, at a known point (the {@code cloture.haltAt} hook), then run
 * again: the interrupted execution is marked failed, a new one completes, and the reports are byte for byte
 * those of a run never interrupted. While the child holds the data directory, a second instance is refused.
 */
class CrashRecoveryFunctionalTests {

    private static final Duration UNTIL_HALTED = Duration.ofSeconds(120);
    private static final String FEC_2023 = "900000001FEC20231231.txt";

    @TempDir
    static Path reference;

    @TempDir
    Path work;

    private static Map<String, String> referenceReports;

    @BeforeAll
    static void runOnceWithoutInterruption() throws IOException {
        CliRunner.copyDemoInput(reference);
        CliRunner.Result result = CliRunner.run(reference, "run", "--year", "2023");
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        referenceReports = digests(reference.resolve("reports/2023"));
        assertThat(referenceReports).hasSize(4);
    }

    @Test
    void aRunKilledBetweenTwoStagesIsRecoveredAndASecondInstanceMeanwhileTouchesNothing() throws Exception {
        CliRunner.copyDemoInput(work);
        try (ChildJvm child = ChildJvm.cloture(List.of("cloture.haltAt=stage:statements"), arguments("run"))) {
            child.awaitLine("HALTED stage:statements", UNTIL_HALTED);
            Map<String, String> dataBefore = digests(work.resolve("data"));

            CliRunner.Result second = CliRunner.run(work, "run", "--year", "2023");

            assertThat(second.exitCode()).isEqualTo(ClotureCli.FAILURE);
            assertThat(second.err()).contains("Une autre exécution de Clôture utilise déjà le dossier de données",
                    "la commande « run » (processus " + child.pid() + ", démarrée le", "Rien n'a été modifié");
            assertThat(work.resolve("reports")).doesNotExist();
            assertThat(digests(work.resolve("data"))).isEqualTo(dataBefore);

            CliRunner.Result status = CliRunner.run("status", "--input", work.resolve("input").toString(),
                    "--data", work.resolve("data").toString());
            assertThat(status.exitCode()).isZero();
            assertThat(status.out()).contains("En cours : la commande « run » (processus " + child.pid());

            child.kill();
        }

        CliRunner.Result rerun = CliRunner.run(work, "run", "--year", "2023");

        assertThat(rerun.exitCode()).as(rerun.out() + rerun.err()).isZero();
        assertThat(rerun.err()).contains("interrompue (arrêt brutal", "marquée en échec");
        List<JobHistory.Execution> executions = executions(work.resolve("data"));
        assertThat(executions).extracting(JobHistory.Execution::status).containsExactly("COMPLETED", "FAILED");
        assertThat(executions.get(1).interrupted()).isTrue();
        assertThat(executions.get(1).lastStep()).isEqualTo("statements");
        assertThat(digests(work.resolve("reports/2023"))).isEqualTo(referenceReports);
    }

    @Test
    void aRunKilledWhileAFileLoadsLeavesNoPartRowsAndTheNextRunLoadsItWhole() throws Exception {
        CliRunner.copyDemoInput(work);
        try (ChildJvm child = ChildJvm.cloture(List.of("cloture.haltAt=stored:2023/" + FEC_2023), arguments("run"))) {
            child.awaitLine("HALTED stored:2023/" + FEC_2023, UNTIL_HALTED);
            child.kill();
        }
        Path data = work.resolve("data");
        DatabaseHealth.Verdict verdict = DatabaseHealth.check(data);
        assertThat(verdict.healthy()).as(verdict.healthy() ? "" : verdict.frenchMessage()).isTrue();
        withDatabase(data, jdbc -> {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM source_file WHERE status = 'LOADED'", Integer.class))
                    .isZero();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fec_line l JOIN source_file f "
                    + "ON f.id = l.source_file_id WHERE f.status = 'LOADED'", Integer.class)).isZero();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM fec_account_rows r JOIN source_file f "
                    + "ON f.id = r.source_file_id WHERE f.status = 'LOADED'", Integer.class)).isZero();
        });

        CliRunner.Result rerun = CliRunner.run(work, "run", "--year", "2023");

        assertThat(rerun.exitCode()).as(rerun.out() + rerun.err()).isZero();
        withDatabase(data, jdbc -> {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM source_file WHERE status <> 'LOADED'", Integer.class))
                    .isZero();
            // A FEC text file's lines are indexed by account (their store is the file), a sheet's are stored.
            assertThat(jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM fec_line) + (SELECT COALESCE(SUM(line_count), 0) "
                    + "FROM fec_account_rows) FROM (VALUES (0))", Integer.class))
                    .isEqualTo(jdbc.queryForObject("SELECT SUM(rows_loaded) FROM source_file "
                            + "WHERE kinds = 'FEC'", Integer.class));
        });
        assertThat(executions(data)).extracting(JobHistory.Execution::status).containsExactly("COMPLETED", "FAILED");
        assertThat(digests(work.resolve("reports/2023"))).isEqualTo(referenceReports);
    }

    private String[] arguments(String command) {
        return new String[] {command, "--year", "2023", "--input", work.resolve("input").toString(), "--reports",
                work.resolve("reports").toString(), "--data", work.resolve("data").toString()};
    }

    private static List<JobHistory.Execution> executions(Path data) {
        List<List<JobHistory.Execution>> found = new java.util.ArrayList<>();
        withDatabase(data, jdbc -> found.add(new JobHistory(jdbc).latest(10)));
        return found.get(0);
    }

    private static void withDatabase(Path data, java.util.function.Consumer<JdbcTemplate> work) {
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(DatabaseHealth.url(data), "SA", "", true);
        try {
            work.accept(new JdbcTemplate(dataSource));
        } finally {
            dataSource.destroy();
        }
    }

    /** Every file under {@code folder} (but HSQLDB's lock heartbeat) with the SHA-256 of its bytes. */
    static Map<String, String> digests(Path folder) throws IOException {
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (!file.getFileName().toString().endsWith(".lck")) {
                    digests.put(folder.relativize(file).toString(), sha256(file));
                }
            }
        }
        return digests;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
