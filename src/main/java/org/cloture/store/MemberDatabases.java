package org.cloture.store;

import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Private in-memory staging databases for a federation's member closings, migrated once and reused: creating
 * and migrating one per member (Flyway scanning and parsing its scripts) cost a worker more CPU than closing a
 * small member's ledger. A database is handed to one closing at a time; given back, it is emptied with
 * {@code TRUNCATE SCHEMA ... RESTART IDENTITY}, so that the next member starts from the same state as in a new
 * database — identities from their first value, hence the same rows in the same order and the same outputs.
 * A closing that failed drops its database instead (a transaction may be left open in it).
 */
public final class MemberDatabases {

    private final ConcurrentLinkedQueue<DataSource> free = new ConcurrentLinkedQueue<>();

    /** A migrated, empty database, for one closing until {@link #giveBack} or {@link #drop}. */
    public DataSource take() {
        DataSource database = free.poll();
        return database != null ? database : EmbeddedDatabase.open("jdbc:hsqldb:mem:membre-" + UUID.randomUUID());
    }

    /** Empties the database for the next closing. */
    public void giveBack(DataSource database) {
        try {
            new JdbcTemplate(database).execute("TRUNCATE SCHEMA PUBLIC RESTART IDENTITY AND COMMIT NO CHECK");
        } catch (RuntimeException e) {
            drop(database);
            return;
        }
        free.add(database);
    }

    /** Drops a database that must not be reused. */
    public void drop(DataSource database) {
        EmbeddedDatabase.shutdown(database);
    }

    /** How many emptied databases wait for a closing (for tests). */
    int waiting() {
        return free.size();
    }
}
