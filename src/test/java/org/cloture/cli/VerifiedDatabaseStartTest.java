package org.cloture.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cloture.store.DatabaseHealth;
import org.cloture.store.VerifiedDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.boot.sql.init.AbstractScriptDatabaseInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A start on a database the last command checked and closed builds neither Flyway nor the Batch schema script,
 * opens the database on another thread meanwhile, and works as a full start does.
 */
class VerifiedDatabaseStartTest {

    @TempDir
    Path data;

    @Test
    void aNewDatabaseIsMigratedThenAVerifiedOneIsNotTouchedAgain() throws Exception {
        try (ConfigurableApplicationContext first = ApplicationStarter.start(data)) {
            assertThat(first.getBeansOfType(FlywayMigrationInitializer.class)).isNotEmpty();
            assertThat(first.getBeansOfType(AbstractScriptDatabaseInitializer.class)).isNotEmpty();
            assertThat(migrations(first)).isPositive();
        }
        VerifiedDatabase.record(data);
        assertThat(VerifiedDatabase.unchanged(data)).isTrue();

        try (ConfigurableApplicationContext verified = ApplicationStarter.start(data)) {
            assertThat(verified.getBeansOfType(Flyway.class)).isEmpty();
            assertThat(verified.getBeansOfType(FlywayMigrationInitializer.class)).isEmpty();
            assertThat(verified.getBeansOfType(AbstractScriptDatabaseInitializer.class)).isEmpty();
            assertThat(migrations(verified)).isPositive();
            assertThat(verified.getBean(JobRepository.class).getJobNames()).isNotNull();
        }
        // Closed cleanly: no HSQLDB lock or log left, whoever opened the database first.
        assertThat(Files.exists(DatabaseHealth.folder(data).resolve(DatabaseHealth.NAME + ".lck"))).isFalse();
        assertThat(Files.exists(DatabaseHealth.folder(data).resolve(DatabaseHealth.NAME + ".log"))).isFalse();
        assertThat(DatabaseHealth.check(data).healthy()).isTrue();
    }

    private static Integer migrations(ConfigurableApplicationContext context) {
        return context.getBean(JdbcTemplate.class)
                .queryForObject("SELECT COUNT(*) FROM \"flyway_schema_history\"", Integer.class);
    }
}
