package org.cloture.store;

import java.time.Clock;
import org.cloture.ingest.LoadProgress;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The staging tables of the embedded database, by responsibility: {@link #loads()} writes what ingestion read,
 * {@link #ledger()}, {@link #registers()} and {@link #files()} read it back for the later stages. Only the
 * wiring holds this class; every stage depends on the part it needs.
 */
public final class JdbcStagingStore {

    private final JdbcFileLoads loads;
    private final LedgerQueries ledger;
    private final RegisterQueries registers;
    private final LoadedFileQueries files;

    public JdbcStagingStore(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock) {
        this(jdbc, transaction, clock, LoadProgress.NONE);
    }

    /** A store whose loads tell {@code progress} how many rows of each loading file are written. */
    public JdbcStagingStore(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock, LoadProgress progress) {
        this.loads = new JdbcFileLoads(jdbc, transaction, clock, progress);
        this.ledger = new LedgerQueries(jdbc);
        this.registers = new RegisterQueries(jdbc);
        this.files = new LoadedFileQueries(jdbc);
    }

    /** The writer of file loads, for ingestion. */
    public JdbcFileLoads loads() {
        return loads;
    }

    /** Trial balances, unbalanced entries, key lines, ledger lines and auxiliary labels. */
    public LedgerQueries ledger() {
        return ledger;
    }

    /** Members, activities, volunteer hours, bank statement lines and stated balances. */
    public RegisterQueries registers() {
        return registers;
    }

    /** Loaded files, rejected rows, file findings and the federation members with files. */
    public LoadedFileQueries files() {
        return files;
    }
}
