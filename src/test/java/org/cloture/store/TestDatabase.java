package org.cloture.store;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A private in-memory HSQLDB with the application's migrations, for store and ingest tests without Spring. */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static DataSource create() {
        SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.hsqldb.jdbc.JDBCDriver(),
                "jdbc:hsqldb:mem:" + UUID.randomUUID(), "SA", "");
        Flyway.configure().dataSource(dataSource).load().migrate();
        return dataSource;
    }

    public static JdbcStagingStore store(DataSource dataSource) {
        return new JdbcStagingStore(new JdbcTemplate(dataSource),
                new TransactionTemplate(new JdbcTransactionManager(dataSource)),
                Clock.fixed(Instant.parse("2024-03-01T10:00:00Z"), ZoneOffset.UTC));
    }
}
