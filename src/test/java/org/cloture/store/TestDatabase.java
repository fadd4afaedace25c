package org.cloture.store;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;

/** A private in-memory HSQLDB with the application's migrations, for store and ingest tests without Spring. */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static DataSource create() {
        return EmbeddedDatabase.open("jdbc:hsqldb:mem:" + UUID.randomUUID());
    }

    public static JdbcStagingStore store(DataSource dataSource) {
        return EmbeddedDatabase.store(dataSource, Clock.fixed(Instant.parse("2024-03-01T10:00:00Z"), ZoneOffset.UTC));
    }
}
