package org.cloture.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cloture.store.DatabaseHealth;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A damaged, foreign-version or foreign-locked database stops every command with a French message that
 * points to {@code cloture rebuild}; the rebuild sets the old database aside and the next run gives the
 * same reports.
 */
class DatabaseRecoveryFunctionalTests {

    @TempDir
    static Path first;

    @TempDir
    Path work;

    private static Map<String, String> firstReports;

    @BeforeAll
    static void runOnce() throws IOException {
        CliRunner.copyDemoInput(first);
        CliRunner.Result result = CliRunner.run(first, "run", "--year", "2023");
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        firstReports = CrashRecoveryFunctionalTests.digests(first.resolve("reports/2023"));
    }

    @Test
    void aCorruptedDatabaseIsRefusedWithTheRemedyAndRebuildGivesBackTheSameReports() throws IOException {
        copy(first, work);
        Path script = work.resolve("data/hsqldb/cloture.script");
        Files.writeString(script, "CREATE TABLE ??? damaged by a full disk\n\u0000\u0000\u0000", StandardCharsets.UTF_8);

        CliRunner.Result refused = CliRunner.run(work, "run", "--year", "2023");

        assertThat(refused.exitCode()).isEqualTo(ClotureCli.FAILURE);
        assertThat(refused.err()).contains("La base de données de Clôture", "est endommagée ou illisible",
                "cloture rebuild").doesNotContain("Exception");
        assertThat(CrashRecoveryFunctionalTests.digests(work.resolve("reports/2023"))).isEqualTo(firstReports);
        assertThat(CliRunner.run(work, "check", "--year", "2023").exitCode()).isEqualTo(ClotureCli.FAILURE);

        CliRunner.Result rebuilt = CliRunner.run("rebuild", "--input", work.resolve("input").toString(),
                "--data", work.resolve("data").toString());

        assertThat(rebuilt.exitCode()).as(rebuilt.out() + rebuilt.err()).isZero();
        assertThat(rebuilt.out()).contains("Ancienne base mise de côté", "hsqldb.broken-",
                "Exercice 2022 : 4 fichier(s) chargé(s)", "Exercice 2023 : 5 fichier(s) chargé(s)", "Base reconstruite");
        try (Stream<Path> folders = Files.list(work.resolve("data"))) {
            Path aside = folders.filter(path -> path.getFileName().toString().startsWith("hsqldb.broken-"))
                    .findFirst().orElseThrow();
            assertThat(aside.resolve("cloture.script")).content().contains("damaged by a full disk");
        }
        for (Path report : Files.list(work.resolve("reports/2023")).toList()) {
            Files.delete(report);
        }

        CliRunner.Result run = CliRunner.run(work, "run", "--year", "2023");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(CrashRecoveryFunctionalTests.digests(work.resolve("reports/2023"))).isEqualTo(firstReports);
    }

    @Test
    void aDatabaseWrittenByANewerVersionIsRefused() throws IOException {
        copy(first, work);
        SingleConnectionDataSource database = new SingleConnectionDataSource(
                DatabaseHealth.url(work.resolve("data")), "SA", "", true);
        new JdbcTemplate(database).update("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", "
                + "\"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", "
                + "\"success\") VALUES (99, '99', 'from a newer version', 'SQL', 'V99__x.sql', 1, 'SA', 1, TRUE)");
        database.destroy();

        CliRunner.Result refused = CliRunner.run(work, "run", "--year", "2023");

        assertThat(refused.exitCode()).isEqualTo(ClotureCli.FAILURE);
        assertThat(refused.err()).contains("écrite par une version plus récente de Clôture",
                "migration 99 « from a newer version »", "cloture rebuild");
    }

    @Test
    void aDatabaseThatAnotherProgramHoldsOpenIsNamedAsLocked() throws Exception {
        copy(first, work);
        try (ChildJvm holder = ChildJvm.start(List.of(), HoldDatabaseOpen.class.getName(),
                work.resolve("data").toString())) {
            holder.awaitLine("OPEN", Duration.ofSeconds(60));

            CliRunner.Result refused = CliRunner.run(work, "run", "--year", "2023");

            assertThat(refused.exitCode()).isEqualTo(ClotureCli.FAILURE);
            assertThat(refused.err()).contains("est ouverte par un autre programme", "Fermez ce programme");
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path copy = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else if (!path.getFileName().toString().endsWith(".lck")) {
                    Files.copy(path, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
