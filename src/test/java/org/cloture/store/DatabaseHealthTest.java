package org.cloture.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** A database is checked before use; each way it can be broken is named, with the remedy. */
class DatabaseHealthTest {

    @TempDir
    Path data;

    @Test
    void noDatabaseYetIsHealthy() {
        assertThat(DatabaseHealth.check(data).healthy()).isTrue();
    }

    @Test
    void aMigratedDatabaseWithRowsIsHealthyAndItsCommitsBecomeDurable() throws IOException {
        createDatabase(100);

        DatabaseHealth.Verdict verdict = DatabaseHealth.check(data);

        assertThat(verdict.healthy()).as(verdict.detail()).isTrue();
        assertThat(Files.readString(script())).contains("SET FILES WRITE DELAY 0");
    }

    @Test
    void garbageInTheScriptFileIsADamagedDatabaseToRebuild() throws IOException {
        createDatabase(10);
        Files.writeString(script(), "CREATE TABLE ??? garbage\n\u0000\u0001 not sql at all\n", StandardCharsets.UTF_8);

        DatabaseHealth.Verdict verdict = DatabaseHealth.check(data);

        assertThat(verdict.problem()).contains(DatabaseHealth.Problem.DAMAGED);
        assertThat(verdict.frenchMessage()).contains("endommagée", "cloture rebuild", "rien n'est effacé");
    }

    @Test
    void garbageInTheDataFileIsADamagedDatabaseToRebuild() throws IOException {
        createDatabase(2_000);
        Path dataFile = data.resolve("hsqldb/cloture.data");
        byte[] noise = new byte[(int) Files.size(dataFile) - 4096];
        new Random(42).nextBytes(noise);
        try (RandomAccessFile file = new RandomAccessFile(dataFile.toFile(), "rw")) {
            file.seek(4096);
            file.write(noise);
        }

        DatabaseHealth.Verdict verdict = DatabaseHealth.check(data);

        assertThat(verdict.problem()).contains(DatabaseHealth.Problem.DAMAGED);
        assertThat(verdict.frenchMessage()).contains("cloture rebuild");
    }

    @Test
    void aSchemaFromANewerVersionIsNamedAsSuch() {
        DataSource database = createOpenDatabase(1);
        new JdbcTemplate(database).update("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", "
                + "\"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", "
                + "\"success\") VALUES (99, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 1, 'SA', 1, TRUE)");
        shutdown(database);

        DatabaseHealth.Verdict verdict = DatabaseHealth.check(data);

        assertThat(verdict.problem()).contains(DatabaseHealth.Problem.NEWER_SCHEMA);
        assertThat(verdict.frenchMessage()).contains("version plus récente de Clôture", "99", "cloture rebuild");
    }

    @Test
    void aMigrationChangedSinceItWasAppliedIsAMismatch() {
        DataSource database = createOpenDatabase(1);
        new JdbcTemplate(database).update("UPDATE \"flyway_schema_history\" SET \"checksum\" = 12345 WHERE \"version\" = '1'");
        shutdown(database);

        DatabaseHealth.Verdict verdict = DatabaseHealth.check(data);

        assertThat(verdict.problem()).contains(DatabaseHealth.Problem.SCHEMA_MISMATCH);
        assertThat(verdict.frenchMessage()).contains("ne correspond pas à cette version", "cloture rebuild");
    }

    private Path script() {
        return data.resolve("hsqldb/cloture.script");
    }

    private void createDatabase(int files) {
        shutdown(createOpenDatabase(files));
    }

    /** A migrated file database with {@code files} loaded source files, still open. */
    private DataSource createOpenDatabase(int files) {
        DataSource database = EmbeddedDatabase.open("jdbc:hsqldb:file:" + data.resolve("hsqldb/cloture"));
        JdbcTemplate jdbc = new JdbcTemplate(database);
        for (int i = 0; i < files; i++) {
            jdbc.update("INSERT INTO source_file (fiscal_year, path, sha256, size_bytes, status, loaded_at, fiscal_start) "
                    + "VALUES (2023, ?, ?, 1, 'LOADED', CURRENT_TIMESTAMP, DATE '2023-01-01')", "file-" + i + ".csv",
                    "%064d".formatted(i));
        }
        return database;
    }

    private static void shutdown(DataSource database) {
        new JdbcTemplate(database).execute("SHUTDOWN");
    }
}
