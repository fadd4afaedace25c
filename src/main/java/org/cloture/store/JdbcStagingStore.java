package org.cloture.store;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.cloture.activity.Activity;
import org.cloture.activity.ActivityCategory;
import org.cloture.banking.BankStatementLine;
import org.cloture.banking.StatedBalance;
import org.cloture.ingest.LoadProgress;
import org.cloture.ingest.ReadSummary;
import org.cloture.ingest.RejectedRow;
import org.cloture.ingest.StagingStore;
import org.cloture.ingest.fec.FecLine;
import org.cloture.ledger.LedgerLine;
import org.cloture.membership.Member;
import org.cloture.membership.MemberKind;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.Severity;
import org.cloture.source.SourceLocation;
import org.cloture.volunteering.VolunteerEntry;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/** The staging tables of the embedded database: what ingestion wrote, read back for the later stages. */
public class JdbcStagingStore implements StagingStore {

    private static final int BATCH = 10_000;

    /**
     * The files a reading query reads, with two parameters (year, member id): the loaded files of the year
     * that belong to the association itself (member id null) or to one member of a federation. Every reading
     * query goes through it, so that a federation's own statements never count a member's rows.
     */
    private static final String FILES_OF = "f.fiscal_year = ? AND f.status = 'LOADED' "
            + "AND f.member_id IS NOT DISTINCT FROM CAST(? AS VARCHAR(200))";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final LoadProgress progress;

    public JdbcStagingStore(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock) {
        this(jdbc, transaction, clock, LoadProgress.NONE);
    }

    /** A store that tells {@code progress} how many rows of each loading file are written. */
    public JdbcStagingStore(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock, LoadProgress progress) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        this.progress = progress;
    }

    /** A loaded file and its counts, for the console summary and the controls workbook. */
    public record LoadedFile(String path, String sha256, String kinds, int rowsRead, int rowsLoaded, int rowsRejected) {
    }

    // --- Writing ------------------------------------------------------------------------------------

    @Override
    public boolean isLoaded(int year, String path, String sha256, LocalDate fiscalYearStart) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM source_file WHERE fiscal_year = ? AND path = ? "
                + "AND status = 'LOADED' AND sha256 = ? AND fiscal_start = ?", Integer.class, year, path, sha256,
                Date.valueOf(fiscalYearStart)) > 0;
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

    private static final List<String> ROW_TABLES = List.of("fec_line", "fec_account_total", "fec_entry_imbalance",
            "fec_key_line", "member", "activity", "volunteer_hours",
            "rejected_row", "file_finding", "bank_statement_line", "bank_statement_balance");

    /** Deletes the files the query selects, with their rows in every staging table (there is no cascade). */
    private void deleteFiles(String selectIds, Object... arguments) {
        for (Long id : jdbc.queryForList(selectIds, Long.class, arguments)) {
            for (String table : ROW_TABLES) {
                jdbc.update("DELETE FROM " + table + " WHERE source_file_id = ?", id);
            }
            jdbc.update("DELETE FROM source_file WHERE id = ?", id);
        }
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

        JdbcFileLoad(int year, String path, long fileId, LocalDate fiscalYearStart) {
            this.year = year;
            this.path = path;
            this.fileId = fileId;
            this.totals = new FileLedgerTotals(fiscalYearStart);
            bulkMode(true);
        }

        @Override
        public void fecLine(FecLine line) {
            totals.accept(line);
            add(fecLines, line);
            loaded++;
        }

        @Override
        public void member(Member member) {
            add(members, member);
            loaded++;
        }

        @Override
        public void activity(Activity activity) {
            add(activities, activity);
            loaded++;
        }

        @Override
        public void volunteerEntry(VolunteerEntry entry) {
            add(hours, entry);
            loaded++;
        }

        @Override
        public void bankLine(BankStatementLine line) {
            add(bankLines, line);
            loaded++;
        }

        @Override
        public void statedBalance(StatedBalance balance) {
            add(balances, balance);
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
            Batch batch = new Batch(List.copyOf(fecLines), List.copyOf(members), List.copyOf(activities),
                    List.copyOf(hours), List.copyOf(rejected), List.copyOf(findings), findingPosition,
                    totals.drainKeyLines(), totals.drainImbalances(), List.copyOf(bankLines), List.copyOf(balances));
            int rows = fecLines.size() + members.size() + activities.size() + hours.size() + rejected.size()
                    + bankLines.size();
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
            pending = writer.submit(() -> transaction.executeWithoutResult(status -> {
                insertFecLines(fileId, batch.fecLines());
                insertMembers(fileId, batch.members());
                insertActivities(fileId, batch.activities());
                insertHours(fileId, batch.hours());
                insertRejected(fileId, batch.rejected());
                insertFindings(fileId, batch.firstFindingPosition(), batch.findings());
                insertKeyLines(fileId, batch.keyLines());
                insertImbalances(fileId, batch.imbalances());
                insertBankLines(fileId, batch.bankLines());
                insertBankBalances(fileId, batch.balances());
            }));
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
            transaction.executeWithoutResult(status -> insertAccountTotals(fileId, totals.accountTotals()));
            writer.shutdown();
            String kinds = summary.kinds().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
            transaction.executeWithoutResult(status -> {
                deleteFiles("SELECT id FROM source_file WHERE fiscal_year = ? AND path = ? AND id <> ?", year, path, fileId);
                jdbc.update("UPDATE source_file SET status = 'LOADED', kinds = ?, rows_read = ?, rows_loaded = ?, "
                        + "rows_rejected = ? WHERE id = ?", kinds, summary.rowsRead(), loaded, rejectedCount, fileId);
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
            transaction.executeWithoutResult(status -> deleteFiles("SELECT id FROM source_file WHERE id = ?", fileId));
            bulkMode(false);
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

    /** Rows handed to the writer thread in one transaction. */
    private record Batch(List<FecLine> fecLines, List<Member> members, List<Activity> activities,
                         List<VolunteerEntry> hours, List<RejectedRow> rejected, List<Finding> findings,
                         int firstFindingPosition, List<FecLine> keyLines,
                         List<FileLedgerTotals.EntryImbalance> imbalances, List<BankStatementLine> bankLines,
                         List<StatedBalance> balances) {
    }

    private interface RowBinder<T> {
        void bind(PreparedStatement statement, T item) throws SQLException;
    }

    private <T> void insertAll(String sql, List<T> items, RowBinder<T> binder) {
        if (items.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(sql, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement statement, int index) throws SQLException {
                binder.bind(statement, items.get(index));
            }

            @Override
            public int getBatchSize() {
                return items.size();
            }
        });
    }

    private void insertFecLines(long fileId, List<FecLine> lines) {
        insertAll("INSERT INTO fec_line (source_file_id, sheet, row_number, journal_code, journal_lib, entry_num, "
                + "entry_date, account_num, account_lib, aux_num, aux_lib, piece_ref, piece_date, label, debit, credit, "
                + "letter, letter_date, valid_date, currency_amount, currency) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", lines, (s, line) -> {
                    s.setLong(1, fileId);
                    s.setString(2, line.location().sheet());
                    s.setInt(3, line.location().row());
                    s.setString(4, line.journalCode());
                    s.setString(5, line.journalLib());
                    s.setString(6, line.entryNum());
                    setDate(s, 7, line.entryDate());
                    s.setString(8, line.accountNum());
                    s.setString(9, line.accountLib());
                    s.setString(10, line.auxNum());
                    s.setString(11, line.auxLib());
                    s.setString(12, line.pieceRef());
                    setDate(s, 13, line.pieceDate());
                    s.setString(14, line.label());
                    s.setBigDecimal(15, line.debit());
                    s.setBigDecimal(16, line.credit());
                    s.setString(17, line.letter());
                    setDate(s, 18, line.letterDate());
                    setDate(s, 19, line.validDate());
                    s.setBigDecimal(20, line.currencyAmount());
                    s.setString(21, line.currency());
                });
    }

    private void insertKeyLines(long fileId, List<FecLine> lines) {
        insertAll("INSERT INTO fec_key_line (source_file_id, sheet, row_number, journal_code, entry_num, entry_date, "
                + "account_num, account_lib, aux_num, label, debit, credit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                lines, (s, line) -> {
                    s.setLong(1, fileId);
                    s.setString(2, line.location().sheet());
                    s.setInt(3, line.location().row());
                    s.setString(4, line.journalCode());
                    s.setString(5, line.entryNum());
                    setDate(s, 6, line.entryDate());
                    s.setString(7, line.accountNum());
                    s.setString(8, line.accountLib());
                    s.setString(9, line.auxNum());
                    s.setString(10, line.label());
                    s.setBigDecimal(11, line.debit());
                    s.setBigDecimal(12, line.credit());
                });
    }

    private void insertImbalances(long fileId, List<FileLedgerTotals.EntryImbalance> imbalances) {
        insertAll("INSERT INTO fec_entry_imbalance (source_file_id, journal_code, entry_num, debit, credit, sheet, "
                + "row_number) VALUES (?, ?, ?, ?, ?, ?, ?)", imbalances, (s, part) -> {
                    s.setLong(1, fileId);
                    s.setString(2, part.journalCode());
                    s.setString(3, part.entryNum());
                    s.setBigDecimal(4, part.debit());
                    s.setBigDecimal(5, part.credit());
                    s.setString(6, part.firstLine().sheet());
                    setInteger(s, 7, part.firstLine().row());
                });
    }

    private void insertAccountTotals(long fileId, List<FileLedgerTotals.AccountTotal> accountTotals) {
        insertAll("INSERT INTO fec_account_total (source_file_id, account_num, aux_num, account_lib, aux_lib, debit, "
                + "credit) VALUES (?, ?, ?, ?, ?, ?, ?)", accountTotals, (s, total) -> {
                    s.setLong(1, fileId);
                    s.setString(2, total.account());
                    s.setString(3, total.auxiliary());
                    s.setString(4, truncate(total.accountLabel(), 500));
                    s.setString(5, truncate(total.auxiliaryLabel(), 500));
                    s.setBigDecimal(6, total.debit());
                    s.setBigDecimal(7, total.credit());
                });
    }

    private void insertMembers(long fileId, List<Member> members) {
        insertAll("INSERT INTO member (source_file_id, sheet, row_number, member_id, name, first_name, kind, "
                + "legal_status, postal_code, departement, country, joined, left_on, fee, paid_on, payment_method, role, "
                + "email, phone, address) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                members, (s, member) -> {
                    s.setLong(1, fileId);
                    s.setString(2, member.location().sheet());
                    s.setInt(3, member.location().row());
                    s.setString(4, member.memberId());
                    s.setString(5, member.name());
                    s.setString(6, member.firstName());
                    s.setString(7, member.kind() == null ? null : member.kind().name());
                    s.setString(8, member.legalStatus());
                    s.setString(9, member.postalCode());
                    s.setString(10, member.departement());
                    s.setString(11, member.country());
                    setDate(s, 12, member.joined());
                    setDate(s, 13, member.left());
                    s.setBigDecimal(14, member.fee());
                    setDate(s, 15, member.paidOn());
                    s.setString(16, member.paymentMethod());
                    s.setString(17, member.role());
                    s.setString(18, member.email());
                    s.setString(19, member.phone());
                    s.setString(20, member.address());
                });
    }

    private void insertActivities(long fileId, List<Activity> activities) {
        insertAll("INSERT INTO activity (source_file_id, sheet, row_number, start_date, end_date, title, category, "
                + "raw_category, place, departement, participants, member_structures, income, expense, account, "
                + "highlight) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", activities, (s, activity) -> {
                    s.setLong(1, fileId);
                    s.setString(2, activity.location().sheet());
                    s.setInt(3, activity.location().row());
                    setDate(s, 4, activity.date());
                    setDate(s, 5, activity.endDate());
                    s.setString(6, activity.title());
                    s.setString(7, activity.category() == null ? null : activity.category().name());
                    s.setString(8, activity.rawCategory());
                    s.setString(9, activity.place());
                    s.setString(10, activity.departement());
                    setInteger(s, 11, activity.participants());
                    setInteger(s, 12, activity.memberStructures());
                    s.setBigDecimal(13, activity.income());
                    s.setBigDecimal(14, activity.expense());
                    s.setString(15, activity.account());
                    s.setBoolean(16, activity.highlight());
                });
    }

    private void insertHours(long fileId, List<VolunteerEntry> hours) {
        insertAll("INSERT INTO volunteer_hours (source_file_id, sheet, row_number, volunteer, member_id, work_date, "
                + "work_month, hours, activity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", hours, (s, entry) -> {
                    s.setLong(1, fileId);
                    s.setString(2, entry.location().sheet());
                    s.setInt(3, entry.location().row());
                    s.setString(4, entry.volunteer());
                    s.setString(5, entry.memberId());
                    setDate(s, 6, entry.date());
                    s.setString(7, entry.month() == null ? null : entry.month().toString());
                    s.setBigDecimal(8, entry.hours());
                    s.setString(9, entry.activity());
                });
    }

    private void insertBankLines(long fileId, List<BankStatementLine> lines) {
        insertAll("INSERT INTO bank_statement_line (source_file_id, sheet, row_number, account_id, booking_date, "
                + "value_date, label, amount, running_balance, transaction_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                lines, (s, line) -> {
                    s.setLong(1, fileId);
                    s.setString(2, line.location().sheet());
                    s.setInt(3, line.location().row());
                    s.setString(4, truncate(line.accountId(), 100));
                    setDate(s, 5, line.date());
                    setDate(s, 6, line.valueDate());
                    s.setString(7, truncate(line.label(), 2_000));
                    s.setBigDecimal(8, line.amount());
                    s.setBigDecimal(9, line.runningBalance());
                    s.setString(10, truncate(line.transactionId(), 255));
                });
    }

    private void insertBankBalances(long fileId, List<StatedBalance> balances) {
        insertAll("INSERT INTO bank_statement_balance (source_file_id, sheet, row_number, account_id, balance_date, "
                + "timing, amount) VALUES (?, ?, ?, ?, ?, ?, ?)", balances, (s, balance) -> {
                    s.setLong(1, fileId);
                    s.setString(2, balance.location().sheet());
                    setInteger(s, 3, balance.location().row());
                    s.setString(4, truncate(balance.accountId(), 100));
                    setDate(s, 5, balance.date());
                    s.setString(6, balance.timing().name());
                    s.setBigDecimal(7, balance.amount());
                });
    }

    private void insertRejected(long fileId, List<RejectedRow> rejected) {
        insertAll("INSERT INTO rejected_row (source_file_id, sheet, row_number, raw_text, reason) VALUES (?, ?, ?, ?, ?)",
                rejected, (s, row) -> {
                    s.setLong(1, fileId);
                    s.setString(2, row.location().sheet());
                    setInteger(s, 3, row.location().row());
                    s.setString(4, truncate(row.rawText(), 16_000));
                    s.setString(5, truncate(row.reason(), 4_000));
                });
    }

    private void insertFindings(long fileId, int firstPosition, List<Finding> findings) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            indexes.add(i);
        }
        insertAll("INSERT INTO file_finding (source_file_id, position, check_id, severity, message, hint, file_name, "
                + "sheet, row_number, column_name, raw_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", indexes,
                (s, index) -> {
                    Finding finding = findings.get(index);
                    SourceLocation location = finding.location();
                    s.setLong(1, fileId);
                    s.setInt(2, firstPosition + index);
                    s.setString(3, finding.check().name());
                    s.setString(4, finding.severity().name());
                    s.setString(5, truncate(finding.message(), 4_000));
                    s.setString(6, finding.hint());
                    s.setString(7, location == null ? "" : location.file());
                    s.setString(8, location == null ? null : location.sheet());
                    setInteger(s, 9, location == null ? null : location.row());
                    s.setString(10, location == null ? null : location.column());
                    s.setString(11, truncate(finding.value(), 4_000));
                });
    }

    // --- Reading -------------------------------------------------------------------------------------

    public List<LoadedFile> loadedFiles(int year) {
        return loadedFiles(year, null);
    }

    /** The loaded files of one member's folder ({@code memberId} null: the association's own files). */
    public List<LoadedFile> loadedFiles(int year, String memberId) {
        return jdbc.query("SELECT f.path, f.sha256, f.kinds, f.rows_read, f.rows_loaded, f.rows_rejected "
                        + "FROM source_file f WHERE " + FILES_OF + " ORDER BY f.path",
                (rs, n) -> new LoadedFile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6)), year, memberId);
    }

    /** The members of a federation whose folder has loaded files for the year, by id. */
    public List<String> memberIdsWithFiles(int year) {
        return jdbc.query("SELECT DISTINCT member_id FROM source_file WHERE fiscal_year = ? AND status = 'LOADED' "
                + "AND member_id IS NOT NULL ORDER BY member_id", (rs, n) -> rs.getString(1), year);
    }

    public List<LedgerLine> ledgerLines(int year) {
        return ledgerLines(year, "");
    }

    private List<LedgerLine> ledgerLines(int year, String accountPrefix) {
        return jdbc.query("SELECT f.path, l.sheet, l.row_number, l.journal_code, l.entry_num, l.entry_date, "
                        + "l.account_num, l.account_lib, l.aux_num, l.label, l.debit, l.credit FROM fec_line l "
                        + "JOIN source_file f ON f.id = l.source_file_id WHERE " + FILES_OF + " "
                        + "AND l.account_num LIKE ? ORDER BY f.path, l.row_number",
                (rs, n) -> new LedgerLine(rs.getString(4), rs.getString(5), localDate(rs, 6), rs.getString(7),
                        rs.getString(8), rs.getString(9), rs.getString(10), rs.getBigDecimal(11),
                        rs.getBigDecimal(12), location(rs)), year, null, accountPrefix.replace("%", "") + "%");
    }

    /** The year's lines of the accounts starting with {@code prefix} (e.g. the fees of 756), in file order. */
    public List<LedgerLine> ledgerLinesOf(int year, String prefix) {
        return ledgerLines(year, prefix);
    }

    /**
     * The same lines as {@link #ledgerLines(int)}, handed one by one to {@code consumer} instead of collected:
     * a million-line year is never held in the heap by the caller. In storage order (the order they were
     * loaded), not sorted: sorting a million rows costs more than all the sums made of them.
     */
    public void forEachLedgerLine(int year, java.util.function.Consumer<LedgerLine> consumer) {
        streamLines(LEDGER_LINES, consumer, year, null);
    }

    /**
     * The trial balance of a year, per account and auxiliary account, from the totals kept as each file
     * loaded: a million lines are never read back for it.
     */
    public org.cloture.ledger.TrialBalance trialBalance(int year) {
        return trialBalance(year, null);
    }

    /** The trial balance of one member's FEC ({@code memberId} null: the association's own). */
    public org.cloture.ledger.TrialBalance trialBalance(int year, String memberId) {
        List<org.cloture.ledger.AccountBalance> balances = jdbc.query("SELECT t.account_num, t.aux_num, "
                        + "MIN(t.account_lib), SUM(t.debit), SUM(t.credit) FROM fec_account_total t "
                        + "JOIN source_file f ON f.id = t.source_file_id WHERE " + FILES_OF + " "
                        + "GROUP BY t.account_num, t.aux_num",
                (rs, n) -> new org.cloture.ledger.AccountBalance(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getBigDecimal(4), rs.getBigDecimal(5)), year, memberId);
        return org.cloture.ledger.TrialBalance.fromBalances(balances);
    }

    /** An entry (journal, number) whose debits and credits differ over the year, located at its first line. */
    public record UnbalancedEntry(String journalCode, String entryNum, BigDecimal debit, BigDecimal credit,
                                  SourceLocation firstLine) {
    }

    /**
     * The entries that do not balance over all the year's files (the parts of a split FEC are summed), from
     * the unbalanced parts kept at load time, in the order of their first line.
     */
    public List<UnbalancedEntry> unbalancedEntries(int year) {
        return unbalancedEntries(year, null);
    }

    /** The unbalanced entries of one member's FEC ({@code memberId} null: the association's own). */
    public List<UnbalancedEntry> unbalancedEntries(int year, String memberId) {
        return jdbc.query("SELECT e.journal_code, e.entry_num, SUM(e.debit), SUM(e.credit), MIN(f.path), "
                        + "MIN(e.sheet), MIN(e.row_number) FROM fec_entry_imbalance e "
                        + "JOIN source_file f ON f.id = e.source_file_id WHERE " + FILES_OF + " "
                        + "GROUP BY e.journal_code, e.entry_num HAVING SUM(e.debit) <> SUM(e.credit) "
                        + "ORDER BY MIN(f.path), MIN(e.row_number)",
                (rs, n) -> new UnbalancedEntry(rs.getString(1), rs.getString(2), rs.getBigDecimal(3),
                        rs.getBigDecimal(4), new SourceLocation(rs.getString(5), rs.getString(6), integer(rs, 7), null)),
                year, memberId);
    }

    /**
     * The year's key lines — opening journals, the first day, fonds dédiés (19x), fixed assets (2x) — kept
     * aside at load time: all that the à-nouveaux checks and the annexe movements read.
     */
    public void forEachKeyLine(int year, java.util.function.Consumer<LedgerLine> consumer) {
        streamLines("SELECT f.path, l.sheet, l.row_number, l.journal_code, l.entry_num, l.entry_date, l.account_num, "
                + "l.account_lib, l.aux_num, l.label, l.debit, l.credit FROM fec_key_line l "
                + "JOIN source_file f ON f.id = l.source_file_id WHERE " + FILES_OF + " "
                + "ORDER BY f.path, l.row_number", consumer, year, null);
    }

    private void streamLines(String sql, java.util.function.Consumer<LedgerLine> consumer, Object... parameters) {
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(BATCH);
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement;
        }, (org.springframework.jdbc.core.RowCallbackHandler) rs -> consumer.accept(ledgerLine(rs)));
    }

    private static final String LEDGER_LINES = "SELECT f.path, l.sheet, l.row_number, l.journal_code, l.entry_num, "
            + "l.entry_date, l.account_num, l.account_lib, l.aux_num, l.label, l.debit, l.credit FROM fec_line l "
            + "JOIN source_file f ON f.id = l.source_file_id WHERE " + FILES_OF;

    private static LedgerLine ledgerLine(ResultSet rs) throws SQLException {
        return new LedgerLine(rs.getString(4), rs.getString(5), localDate(rs, 6), rs.getString(7),
                rs.getString(8), rs.getString(9), rs.getString(10), rs.getBigDecimal(11), rs.getBigDecimal(12),
                location(rs));
    }

    /**
     * CompAuxNum → CompAuxLib of the year (the smallest label when a number has several). Auxiliary labels may
     * name natural persons: they are for the treasurer's workbook only.
     */
    public java.util.Map<String, String> auxiliaryLabels(int year) {
        java.util.Map<String, String> labels = new java.util.TreeMap<>();
        jdbc.query("SELECT t.aux_num, MIN(t.aux_lib) FROM fec_account_total t "
                        + "JOIN source_file f ON f.id = t.source_file_id WHERE " + FILES_OF + " "
                        + "AND t.aux_num IS NOT NULL AND t.aux_lib IS NOT NULL GROUP BY t.aux_num",
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> labels.put(rs.getString(1), rs.getString(2)),
                year, null);
        return labels;
    }

    public List<Member> members(int year) {
        return members(year, null);
    }

    /** The same for one member's folder ({@code memberId} null: the association's own files). */
    public List<Member> members(int year, String memberId) {
        return jdbc.query("SELECT f.path, m.sheet, m.row_number, m.member_id, m.name, m.first_name, m.kind, "
                        + "m.legal_status, m.postal_code, m.departement, m.country, m.joined, m.left_on, m.fee, "
                        + "m.paid_on, m.payment_method, m.role, m.email, m.phone, m.address FROM member m "
                        + "JOIN source_file f ON f.id = m.source_file_id WHERE " + FILES_OF + " "
                        + "ORDER BY f.path, m.sheet, m.row_number",
                (rs, n) -> new Member(rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7) == null ? null : MemberKind.valueOf(rs.getString(7)), rs.getString(8),
                        rs.getString(9), rs.getString(10), rs.getString(11), localDate(rs, 12), localDate(rs, 13),
                        rs.getBigDecimal(14), localDate(rs, 15), rs.getString(16), rs.getString(17),
                        rs.getString(18), rs.getString(19), rs.getString(20), location(rs)), year, memberId);
    }

    public List<Activity> activities(int year) {
        return activities(year, null);
    }

    /** The same for one member's folder ({@code memberId} null: the association's own files). */
    public List<Activity> activities(int year, String memberId) {
        return jdbc.query("SELECT f.path, a.sheet, a.row_number, a.start_date, a.end_date, a.title, a.category, "
                        + "a.raw_category, a.place, a.departement, a.participants, a.member_structures, a.income, "
                        + "a.expense, a.account, a.highlight FROM activity a "
                        + "JOIN source_file f ON f.id = a.source_file_id WHERE " + FILES_OF + " "
                        + "ORDER BY f.path, a.sheet, a.row_number",
                (rs, n) -> new Activity(localDate(rs, 4), localDate(rs, 5), rs.getString(6),
                        rs.getString(7) == null ? null : ActivityCategory.valueOf(rs.getString(7)), rs.getString(8),
                        rs.getString(9), rs.getString(10), integer(rs, 11), integer(rs, 12), rs.getBigDecimal(13),
                        rs.getBigDecimal(14), rs.getString(15), rs.getBoolean(16), location(rs)), year, memberId);
    }

    public List<VolunteerEntry> volunteerHours(int year) {
        return volunteerHours(year, null);
    }

    /** The same for one member's folder ({@code memberId} null: the association's own files). */
    public List<VolunteerEntry> volunteerHours(int year, String memberId) {
        return jdbc.query("SELECT f.path, v.sheet, v.row_number, v.volunteer, v.member_id, v.work_date, v.work_month, "
                        + "v.hours, v.activity FROM volunteer_hours v "
                        + "JOIN source_file f ON f.id = v.source_file_id WHERE " + FILES_OF + " "
                        + "ORDER BY f.path, v.sheet, v.row_number",
                (rs, n) -> new VolunteerEntry(rs.getString(4), rs.getString(5), localDate(rs, 6),
                        rs.getString(7) == null ? null : YearMonth.parse(rs.getString(7)), rs.getBigDecimal(8),
                        rs.getString(9), location(rs)), year, memberId);
    }

    /** The operations of the year's bank statements, in file and row order. */
    public List<BankStatementLine> bankStatementLines(int year) {
        return jdbc.query("SELECT f.path, b.sheet, b.row_number, b.account_id, b.booking_date, b.value_date, b.label, "
                        + "b.amount, b.running_balance, b.transaction_id FROM bank_statement_line b "
                        + "JOIN source_file f ON f.id = b.source_file_id WHERE " + FILES_OF + " "
                        + "ORDER BY f.path, b.sheet, b.row_number",
                (rs, n) -> new BankStatementLine(rs.getString(4), localDate(rs, 5), localDate(rs, 6), rs.getString(7),
                        rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getString(10), location(rs)), year, (Object) null);
    }

    /** The balances the year's bank statements state, in file and row order. */
    public List<StatedBalance> statedBankBalances(int year) {
        return jdbc.query("SELECT f.path, b.sheet, b.row_number, b.account_id, b.balance_date, b.timing, b.amount "
                        + "FROM bank_statement_balance b "
                        + "JOIN source_file f ON f.id = b.source_file_id WHERE " + FILES_OF + " "
                        + "ORDER BY f.path, b.sheet, b.row_number",
                (rs, n) -> new StatedBalance(rs.getString(4), localDate(rs, 5),
                        StatedBalance.Timing.valueOf(rs.getString(6)), rs.getBigDecimal(7), location(rs)), year,
                (Object) null);
    }

    public List<RejectedRow> rejectedRows(int year) {
        return rejectedRows(year, null);
    }

    /** The same for one member's folder ({@code memberId} null: the association's own files). */
    public List<RejectedRow> rejectedRows(int year, String memberId) {
        return jdbc.query("SELECT f.path, r.sheet, r.row_number, r.raw_text, r.reason FROM rejected_row r "
                        + "JOIN source_file f ON f.id = r.source_file_id WHERE " + FILES_OF + " "
                        + "ORDER BY f.path, r.sheet, r.row_number",
                (rs, n) -> new RejectedRow(location(rs), rs.getString(4), rs.getString(5)), year, memberId);
    }

    /** Findings recorded when the year's files were read, in file and reading order. */
    public List<Finding> fileFindings(int year) {
        return fileFindings(year, null);
    }

    /** The same for one member's folder ({@code memberId} null: the association's own files). */
    public List<Finding> fileFindings(int year, String memberId) {
        return jdbc.query("SELECT x.check_id, x.severity, x.message, x.hint, x.file_name, x.sheet, x.row_number, "
                        + "x.column_name, x.raw_value FROM file_finding x "
                        + "JOIN source_file f ON f.id = x.source_file_id WHERE " + FILES_OF + " "
                        + "ORDER BY f.path, x.position",
                (rs, n) -> new Finding(CheckId.valueOf(rs.getString(1)), Severity.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4),
                        new SourceLocation(rs.getString(5), rs.getString(6), integer(rs, 7), rs.getString(8)),
                        rs.getString(9)), year, memberId);
    }

    // --- JDBC helpers ---------------------------------------------------------------------------------

    private static SourceLocation location(ResultSet rs) throws SQLException {
        return new SourceLocation(rs.getString(1), rs.getString(2), integer(rs, 3), null);
    }


    private static void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
        if (date == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setDate(index, Date.valueOf(date));
        }
    }

    private static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    private static LocalDate localDate(ResultSet rs, int index) throws SQLException {
        Date date = rs.getDate(index);
        return date == null ? null : date.toLocalDate();
    }

    private static Integer integer(ResultSet rs, int index) throws SQLException {
        int value = rs.getInt(index);
        return rs.wasNull() ? null : value;
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

}
