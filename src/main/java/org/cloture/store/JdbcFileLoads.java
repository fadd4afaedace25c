package org.cloture.store;

import java.nio.file.Path;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.cloture.activity.Activity;
import org.cloture.banking.BankStatementLine;
import org.cloture.banking.StatedBalance;
import org.cloture.ingest.FileFingerprint;
import org.cloture.platform.PlatformTotal;
import org.cloture.ingest.LoadProgress;
import org.cloture.ingest.ReadSummary;
import org.cloture.ingest.RejectedRow;
import org.cloture.ingest.StagingStore;
import org.cloture.ingest.fec.AscendingNumbers;
import org.cloture.ingest.fec.FecLine;
import org.cloture.ingest.fec.FecTextSource;
import org.cloture.membership.Member;
import org.cloture.source.Finding;
import org.cloture.volunteering.VolunteerEntry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.cloture.store.StagingSql.FILES_OF;

/**
 * The writing side of the staging tables: file loads (LOADING, batches on a writer thread, the swap to
 * LOADED), withdrawn files and interrupted loads. What it wrote is read back by {@link LedgerQueries},
 * {@link RegisterQueries} and {@link LoadedFileQueries}.
 */
public class JdbcFileLoads implements StagingStore {

    /** Rows buffered per table before they are handed to the writer thread as one batch. */
    private static final int BATCH = 10_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final LoadProgress progress;
    private final StagingInserts inserts;

    /** Loads that tell {@code progress} how many rows of each loading file are written. */
    public JdbcFileLoads(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock, LoadProgress progress) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        this.progress = progress;
        this.inserts = new StagingInserts(jdbc);
    }

    @Override
    public boolean isLoaded(int year, String path, String sha256, LocalDate fiscalYearStart) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM source_file WHERE fiscal_year = ? AND path = ? "
                + "AND status = 'LOADED' AND sha256 = ? AND fiscal_start = ?", Integer.class, year, path, sha256,
                Date.valueOf(fiscalYearStart)) > 0;
    }

    @Override
    public boolean isLoaded(int year, String path, FileFingerprint fingerprint, Path file,
                            LocalDate fiscalYearStart) {
        // A FEC text file is the store of its lines: the loaded version must be this very file, unchanged.
        return jdbc.queryForObject("SELECT COUNT(*) FROM source_file f WHERE f.fiscal_year = ? AND f.path = ? "
                + "AND f.status = 'LOADED' AND f.sha256 = ? AND f.fiscal_start = ? AND NOT EXISTS (SELECT 1 "
                + "FROM fec_text_file t WHERE t.source_file_id = f.id AND (t.origin <> ? OR t.size_bytes <> ? "
                + "OR t.modified <> ?))", Integer.class, year, path, fingerprint.sha256(),
                Date.valueOf(fiscalYearStart), file.toAbsolutePath().toString(), fingerprint.size(),
                fingerprint.modified().toMillis()) > 0;
    }

    @Override
    public Optional<String> pathWithContent(int year, String memberId, String sha256, String otherThan) {
        return jdbc.query("SELECT path FROM source_file f WHERE " + FILES_OF + " AND sha256 = ? AND path <> ?",
                (rs, n) -> rs.getString(1), year, memberId, sha256, otherThan).stream().findFirst();
    }

    @Override
    public FileLoad begin(int year, String memberId, String path, String sha256, long size,
                          LocalDate fiscalYearStart) {
        return new JdbcFileLoad(year, path, insertFile(year, memberId, path, sha256, size, fiscalYearStart),
                fiscalYearStart);
    }

    @Override
    public List<String> withdrawAllBut(int year, Set<String> presentPaths) {
        List<String> gone = jdbc.query("SELECT path FROM source_file WHERE fiscal_year = ? AND status = 'LOADED' "
                + "ORDER BY path", (rs, n) -> rs.getString(1), year)
                .stream().filter(path -> !presentPaths.contains(path)).toList();
        transaction.executeWithoutResult(status -> gone.forEach(path -> deleteFiles(
                "SELECT id FROM source_file WHERE fiscal_year = ? AND path = ?", year, path)));
        return gone;
    }

    @Override
    public void discardUnfinishedLoads() {
        transaction.executeWithoutResult(status ->
                deleteFiles("SELECT id FROM source_file WHERE status = 'LOADING'"));
    }

    private static Date sqlDate(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    /** Width of the text columns of source_sheet (V9). */
    private static final int SHEET_TEXT_WIDTH = 32768;

    private static final List<String> ROW_TABLES = List.of("fec_line", "fec_text_file", "fec_account_rows",
            "fec_account_total", "fec_entry_imbalance",
            "fec_key_line", "member", "activity", "volunteer_hours",
            "rejected_row", "file_finding", "bank_statement_line", "bank_statement_balance", "source_sheet", "platform_total");

    /** Deletes the files the query selects, with their rows in every staging table (there is no cascade). */
    private void deleteFiles(String selectIds, Object... arguments) {
        for (Long id : jdbc.queryForList(selectIds, Long.class, arguments)) {
            for (String table : ROW_TABLES) {
                jdbc.update("DELETE FROM " + table + " WHERE source_file_id = ?", id);
            }
            jdbc.update("DELETE FROM source_file WHERE id = ?", id);
        }
    }

    /** How each sheet was recognised, one row per sheet. */
    private void insertSheets(long fileId, List<ReadSummary.RecognisedSheet> sheets) {
        int position = 0;
        for (ReadSummary.RecognisedSheet sheet : sheets) {
            String mapped = sheet.columns().stream().map(c -> oneLine(c.header()) + "\t" + c.field())
                    .collect(Collectors.joining("\n"));
            jdbc.update("INSERT INTO source_sheet (source_file_id, position, sheet, kind, header_row, rows_read, "
                    + "rows_loaded, rows_rejected, columns_mapped) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", fileId,
                    position++, fitted(sheet.sheet()), sheet.kind(), sheet.headerRow(), sheet.rowsRead(),
                    sheet.rowsLoaded(), sheet.rowsRejected(), fitted(mapped));
        }
    }

    /** The mapping of a sheet with hundreds of long headers is shown cut rather than failing the load. */
    private static String fitted(String text) {
        return text == null || text.length() <= SHEET_TEXT_WIDTH ? text : text.substring(0, SHEET_TEXT_WIDTH);
    }

    private static String oneLine(String header) {
        return header.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    private long insertFile(int year, String memberId, String path, String sha256, long size,
                            LocalDate fiscalYearStart) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement("INSERT INTO source_file (fiscal_year, path, "
                    + "sha256, size_bytes, status, loaded_at, fiscal_start, member_id) "
                    + "VALUES (?, ?, ?, ?, 'LOADING', ?, ?, ?)", new String[] {"ID"});
            statement.setInt(1, year);
            statement.setString(2, path);
            statement.setString(3, sha256);
            statement.setLong(4, size);
            statement.setTimestamp(5, Timestamp.from(clock.instant()));
            statement.setDate(6, Date.valueOf(fiscalYearStart));
            statement.setString(7, memberId);
            return statement;
        }, key);
        return key.getKey().longValue();
    }

    /** Buffers rows per table and writes them in batches, each batch committed on its own. */
    private final class JdbcFileLoad implements FileLoad {

        private final int year;
        private final String path;
        private final long fileId;
        private final List<FecLine> fecLines = new ArrayList<>();
        private final List<Member> members = new ArrayList<>();
        private final List<Activity> activities = new ArrayList<>();
        private final List<VolunteerEntry> hours = new ArrayList<>();
        private final List<RejectedRow> rejected = new ArrayList<>();
        private final List<Finding> findings = new ArrayList<>();
        private final List<BankStatementLine> bankLines = new ArrayList<>();
        private final List<StatedBalance> balances = new ArrayList<>();
        /** A handful per file: written with the file's account totals at commit. */
        private final List<PlatformTotal> platformTotals = new ArrayList<>();
        private int loaded;
        private int rejectedCount;
        private int findingPosition;
        private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "cloture-store-writer");
            thread.setDaemon(true);
            return thread;
        });
        private Future<?> pending;
        private int pendingRows;
        /** Rows of this file written to the database so far (in batches already committed). */
        private long storedRows;

        private final FileLedgerTotals totals;
        /** The FEC text file whose lines are indexed rather than stored; null until a reader declares one. */
        private FecTextSource text;
        private final Map<String, AscendingNumbers> rowsByAccount = new HashMap<>();
        /** Lines indexed since the last batch. */
        private int indexed;

        JdbcFileLoad(int year, String path, long fileId, LocalDate fiscalYearStart) {
            this.year = year;
            this.path = path;
            this.fileId = fileId;
            this.totals = new FileLedgerTotals(fiscalYearStart);
            bulkMode(true);
        }

        @Override
        public void fecLine(FecLine line) {
            if (StoredText.mayBeOverLong(line)) {
                tooLong(line, line.location());
            }
            totals.accept(line);
            if (text != null && line.location().sheet() == null) {
                rowsByAccount.computeIfAbsent(line.accountNum(), account -> new AscendingNumbers())
                        .add(line.location().row());
                // Indexed lines count as stored rows: progress is told by batches of them as of stored ones.
                if (++indexed >= BATCH) {
                    flush();
                }
            } else {
                add(fecLines, line);
            }
            loaded++;
        }

        /** The lines of this file that follow are indexed by account, not stored: the file is their store. */
        @Override
        public void fecText(FecTextSource source) {
            text = source;
        }

        @Override
        public void member(Member member) {
            tooLong(member, member.location());
            add(members, member);
            loaded++;
        }

        @Override
        public void activity(Activity activity) {
            tooLong(activity, activity.location());
            add(activities, activity);
            loaded++;
        }

        @Override
        public void volunteerEntry(VolunteerEntry entry) {
            tooLong(entry, entry.location());
            add(hours, entry);
            loaded++;
        }

        @Override
        public void bankLine(BankStatementLine line) {
            tooLong(line, line.location());
            add(bankLines, line);
            loaded++;
        }

        @Override
        public void statedBalance(StatedBalance balance) {
            add(balances, balance);
        }

        @Override
        public void platformTotal(PlatformTotal total) {
            platformTotals.add(total);
        }

        @Override
        public void rejected(RejectedRow row) {
            add(rejected, row);
            rejectedCount++;
        }

        @Override
        public void finding(Finding finding) {
            add(findings, finding);
        }

        /** A value longer than a column holds is stored cut, with a finding on its row. */
        private void tooLong(Record row, org.cloture.source.SourceLocation location) {
            StoredText.overLong(row, location).forEach(this::finding);
        }

        private <T> void add(List<T> buffer, T item) {
            buffer.add(item);
            if (buffer.size() >= BATCH) {
                flush();
            }
        }

        /**
         * Hands the buffered rows to the writer thread and starts a new buffer: parsing the next rows and
         * inserting these ones overlap, on two cores. At most one batch waits, so memory stays bounded.
         */
        private void flush() {
            StagingInserts.Batch batch = new StagingInserts.Batch(List.copyOf(fecLines), List.copyOf(members),
                    List.copyOf(activities), List.copyOf(hours), List.copyOf(rejected), List.copyOf(findings),
                    findingPosition, totals.drainKeyLines(), totals.drainImbalances(), List.copyOf(bankLines), List.copyOf(balances));
            int rows = fecLines.size() + indexed + members.size() + activities.size() + hours.size()
                    + rejected.size() + bankLines.size();
            indexed = 0;
            findingPosition += findings.size();
            fecLines.clear();
            members.clear();
            activities.clear();
            hours.clear();
            rejected.clear();
            findings.clear();
            bankLines.clear();
            balances.clear();
            boolean previousBatch = pending != null;
            awaitPendingBatch();
            if (previousBatch) {
                progress.rowsStored(year, path, storedRows);
            }
            pendingRows = rows;
            pending = writer.submit(() -> transaction.executeWithoutResult(status -> inserts.insert(fileId, batch)));
        }

        private void awaitPendingBatch() {
            if (pending == null) {
                return;
            }
            try {
                pending.get();
                storedRows += pendingRows;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Chargement interrompu", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
            } finally {
                pending = null;
                pendingRows = 0;
            }
        }

        @Override
        public void commit(ReadSummary summary) {
            totals.closeEntry();
            flush();
            awaitPendingBatch();
            // Every row is written but the file is still LOADING: the swap below makes it visible at once.
            progress.rowsStored(year, path, storedRows);
            transaction.executeWithoutResult(status -> {
                inserts.insertAccountTotals(fileId, totals.accountTotals());
                if (text != null) {
                    inserts.insertTextFile(fileId, text, rowsByAccount);
                }
                inserts.insertPlatformTotals(fileId, platformTotals);
            });
            writer.shutdown();
            String kinds = summary.kinds().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
            transaction.executeWithoutResult(status -> {
                deleteFiles("SELECT id FROM source_file WHERE fiscal_year = ? AND path = ? AND id <> ?", year, path, fileId);
                jdbc.update("UPDATE source_file SET status = 'LOADED', kinds = ?, rows_read = ?, rows_loaded = ?, "
                        + "rows_rejected = ?, first_entry_date = ?, last_entry_date = ? WHERE id = ?", kinds,
                        summary.rowsRead(), loaded, rejectedCount, sqlDate(totals.firstEntryDate()),
                        sqlDate(totals.lastEntryDate()), fileId);
                insertSheets(fileId, summary.sheets());
            });
            bulkMode(false);
        }

        @Override
        public void abandon() {
            try {
                awaitPendingBatch();
            } catch (RuntimeException e) {
                // The load is being dropped anyway: what failed in its last batch no longer matters.
            }
            writer.shutdown();
            try {
                transaction.executeWithoutResult(status -> deleteFiles("SELECT id FROM source_file WHERE id = ?",
                        fileId));
            } finally {
                // Whatever happened, the next file and the next run find the store in its normal mode.
                bulkMode(false);
            }
        }
    }

    /**
     * HSQLDB writes every inserted row to its redo log as SQL text, which dominates a bulk load. While a
     * file loads the log is off; turning it back on checkpoints the database, so everything committed is
     * on disk. A crash in between reverts the database to the previous checkpoint: the interrupted file
     * is simply not loaded, and is read again at the next run.
     */
    private void bulkMode(boolean on) {
        if (fileDatabase()) {
            jdbc.execute(on ? "SET FILES LOG FALSE" : "SET FILES LOG TRUE");
            if (!on) {
                jdbc.execute("CHECKPOINT");
            }
        }
    }

    private boolean fileDatabase() {
        if (fileDatabase == null) {
            fileDatabase = jdbc.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SYSTEM_PROPERTIES "
                    + "WHERE PROPERTY_NAME = 'hsqldb.log_data'", Integer.class) >= 0
                    && jdbc.execute((java.sql.Connection connection) -> connection.getMetaData().getURL())
                    .startsWith("jdbc:hsqldb:file:");
        }
        return fileDatabase;
    }

    private Boolean fileDatabase;
}
