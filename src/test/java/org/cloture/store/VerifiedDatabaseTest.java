package org.cloture.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

class VerifiedDatabaseTest {

    @TempDir
    Path data;

    @BeforeEach
    void aMigratedDatabaseClosedCleanly() throws Exception {
        DataSource dataSource = EmbeddedDatabase.open("jdbc:hsqldb:file:" + DatabaseHealth.folder(data) + "/"
                + DatabaseHealth.NAME + ";shutdown=true");
        ((SingleConnectionDataSource) dataSource).destroy();
    }

    @Test
    void aDatabaseLeftAsItWasClosedIsUnchanged() {
        assertThat(VerifiedDatabase.unchanged(data)).as("never recorded").isFalse();
        VerifiedDatabase.record(data);
        assertThat(VerifiedDatabase.unchanged(data)).isTrue();
    }

    @Test
    void anyDatabaseFileChangedMeansTheFullCheckAgain() throws Exception {
        VerifiedDatabase.record(data);
        Path script = DatabaseHealth.folder(data).resolve(DatabaseHealth.NAME + ".script");
        Files.setLastModifiedTime(script, FileTime.fromMillis(Files.getLastModifiedTime(script).toMillis() + 1000));
        assertThat(VerifiedDatabase.unchanged(data)).isFalse();
    }

    @Test
    void aLogOrLockLeftByAnotherProcessMeansTheFullCheckAgain() throws Exception {
        VerifiedDatabase.record(data);
        Files.writeString(DatabaseHealth.folder(data).resolve(DatabaseHealth.NAME + ".log"), "INSERT …");
        assertThat(VerifiedDatabase.unchanged(data)).isFalse();
        Files.delete(DatabaseHealth.folder(data).resolve(DatabaseHealth.NAME + ".log"));
        Files.writeString(DatabaseHealth.folder(data).resolve(DatabaseHealth.NAME + ".lck"), "held");
        assertThat(VerifiedDatabase.unchanged(data)).isFalse();
    }

    @Test
    void theNoteOfAnotherSchemaVersionIsNotTrusted() throws Exception {
        VerifiedDatabase.record(data);
        Path note = data.resolve(VerifiedDatabase.NOTE);
        Files.writeString(note, Files.readString(note).replaceFirst("schema \\w+", "schema 0000"));
        assertThat(VerifiedDatabase.unchanged(data)).isFalse();
    }

    @Test
    void forgottenBeforeTheDatabaseOpens() {
        VerifiedDatabase.record(data);
        VerifiedDatabase.forget(data);
        assertThat(VerifiedDatabase.unchanged(data)).isFalse();
    }

    @Test
    void noDatabaseNothingRecorded(@TempDir Path empty) {
        VerifiedDatabase.record(empty);
        assertThat(Files.exists(empty.resolve(VerifiedDatabase.NOTE))).isFalse();
    }
}
