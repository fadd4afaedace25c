package org.cloture.store;

import java.time.Clock;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The staging database outside the Spring application (benchmarks, tests): same URL options, same migrations. */
public final class EmbeddedDatabase {

    private EmbeddedDatabase() {
    }

    /**
     * Opens (and migrates) an HSQLDB database at {@code url}, e.g. {@code jdbc:hsqldb:file:/tmp/x/cloture},
     * through one connection kept open: an embedded database closed with its last connection would
     * otherwise be reopened for every transaction.
     */
    public static DataSource open(String url) {
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(
                url + ";hsqldb.default_table_type=cached;hsqldb.cache_rows=200000;hsqldb.cache_size=65536", "SA", "", true);
        dataSource.setDriverClassName(org.hsqldb.jdbc.JDBCDriver.class.getName());
        Flyway.configure().dataSource(dataSource).load().migrate();
        return dataSource;
    }

    /** Closes a database {@link #open} opened; an in-memory one is dropped with everything in it. */
    public static void shutdown(DataSource dataSource) {
        new JdbcTemplate(dataSource).execute("SHUTDOWN");
        ((SingleConnectionDataSource) dataSource).destroy();
    }

    public static JdbcStagingStore store(DataSource dataSource, Clock clock) {
        return new JdbcStagingStore(new JdbcTemplate(dataSource),
                new TransactionTemplate(new JdbcTransactionManager(dataSource)), clock);
    }
}
