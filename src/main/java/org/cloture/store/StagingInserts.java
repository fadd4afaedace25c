package org.cloture.store;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cloture.activity.Activity;
import org.cloture.banking.BankStatementLine;
import org.cloture.banking.StatedBalance;
import org.cloture.platform.PlatformTotal;
import org.cloture.ingest.RejectedRow;
import org.cloture.ingest.fec.AscendingNumbers;
import org.cloture.ingest.fec.FecLine;
import org.cloture.ingest.fec.FecTextSource;
import org.cloture.membership.Member;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;
import org.cloture.volunteering.VolunteerEntry;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;

/** The batch inserts of a file load into each staging table, one statement per table and batch. */
final class StagingInserts {

    private final JdbcTemplate jdbc;

    StagingInserts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Rows handed to the writer thread in one transaction. */
    record Batch(List<FecLine> fecLines, List<Member> members, List<Activity> activities,
                         List<VolunteerEntry> hours, List<RejectedRow> rejected, List<Finding> findings,
                         int firstFindingPosition, List<FecLine> keyLines,
                         List<FileLedgerTotals.EntryImbalance> imbalances, List<BankStatementLine> bankLines,
                         List<StatedBalance> balances) {
    }

    /** Writes the rows of one batch, table by table, in the caller's transaction. */
    void insert(long fileId, Batch batch) {
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

    void insertFecLines(long fileId, List<FecLine> lines) {
        insertAll("INSERT INTO fec_line (source_file_id, sheet, row_number, journal_code, journal_lib, entry_num, "
                + "entry_date, account_num, account_lib, aux_num, aux_lib, piece_ref, piece_date, label, debit, credit, "
                + "letter, letter_date, valid_date, currency_amount, currency) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", lines, (s, line) -> {
                    s.setLong(1, fileId);
                    s.setString(2, StoredText.fit(line.location().sheet()));
                    s.setInt(3, line.location().row());
                    s.setString(4, StoredText.fit(line.journalCode()));
                    s.setString(5, StoredText.fit(line.journalLib()));
                    s.setString(6, StoredText.fit(line.entryNum()));
                    setDate(s, 7, line.entryDate());
                    s.setString(8, StoredText.fit(line.accountNum()));
                    s.setString(9, StoredText.fit(line.accountLib()));
                    s.setString(10, StoredText.fit(line.auxNum()));
                    s.setString(11, StoredText.fit(line.auxLib()));
                    s.setString(12, StoredText.fit(line.pieceRef()));
                    setDate(s, 13, line.pieceDate());
                    s.setString(14, StoredText.fit(line.label()));
                    s.setBigDecimal(15, line.debit());
                    s.setBigDecimal(16, line.credit());
                    s.setString(17, StoredText.fit(line.letter()));
                    setDate(s, 18, line.letterDate());
                    setDate(s, 19, line.validDate());
                    s.setBigDecimal(20, line.currencyAmount());
                    s.setString(21, StoredText.fit(line.currency()));
                });
    }

    void insertKeyLines(long fileId, List<FecLine> lines) {
        insertAll("INSERT INTO fec_key_line (source_file_id, sheet, row_number, journal_code, entry_num, entry_date, "
                + "account_num, account_lib, aux_num, label, debit, credit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                lines, (s, line) -> {
                    s.setLong(1, fileId);
                    s.setString(2, StoredText.fit(line.location().sheet()));
                    s.setInt(3, line.location().row());
                    s.setString(4, StoredText.fit(line.journalCode()));
                    s.setString(5, StoredText.fit(line.entryNum()));
                    setDate(s, 6, line.entryDate());
                    s.setString(7, StoredText.fit(line.accountNum()));
                    s.setString(8, StoredText.fit(line.accountLib()));
                    s.setString(9, StoredText.fit(line.auxNum()));
                    s.setString(10, StoredText.fit(line.label()));
                    s.setBigDecimal(11, line.debit());
                    s.setBigDecimal(12, line.credit());
                });
    }

    void insertImbalances(long fileId, List<FileLedgerTotals.EntryImbalance> imbalances) {
        insertAll("INSERT INTO fec_entry_imbalance (source_file_id, journal_code, entry_num, debit, credit, sheet, "
                + "row_number) VALUES (?, ?, ?, ?, ?, ?, ?)", imbalances, (s, part) -> {
                    s.setLong(1, fileId);
                    s.setString(2, StoredText.fit(part.journalCode()));
                    s.setString(3, StoredText.fit(part.entryNum()));
                    s.setBigDecimal(4, part.debit());
                    s.setBigDecimal(5, part.credit());
                    s.setString(6, StoredText.fit(part.firstLine().sheet()));
                    setInteger(s, 7, part.firstLine().row());
                });
    }

    /** Where a FEC text file is and where its lines start, and the line numbers of each account. */
    void insertTextFile(long fileId, FecTextSource text, Map<String, AscendingNumbers> rowsByAccount) {
        jdbc.update("INSERT INTO fec_text_file (source_file_id, origin, size_bytes, modified, charset, header_line, "
                + "line_starts) VALUES (?, ?, ?, ?, ?, ?, ?)", fileId, text.origin().toString(), text.size(),
                text.modified(), text.charset().name(), StoredText.fit(text.headerLine()),
                text.lineStarts().toBytes());
        List<Map.Entry<String, AscendingNumbers>> accounts = new ArrayList<>(rowsByAccount.entrySet());
        insertAll("INSERT INTO fec_account_rows (source_file_id, account_num, line_count, row_numbers) "
                + "VALUES (?, ?, ?, ?)", accounts, (s, account) -> {
                    s.setLong(1, fileId);
                    s.setString(2, StoredText.fit(account.getKey()));
                    s.setInt(3, account.getValue().count());
                    s.setBytes(4, account.getValue().toBytes());
                });
    }

    void insertAccountTotals(long fileId, List<FileLedgerTotals.AccountTotal> accountTotals) {
        insertAll("INSERT INTO fec_account_total (source_file_id, account_num, aux_num, account_lib, aux_lib, debit, "
                + "credit) VALUES (?, ?, ?, ?, ?, ?, ?)", accountTotals, (s, total) -> {
                    s.setLong(1, fileId);
                    s.setString(2, StoredText.fit(total.account()));
                    s.setString(3, StoredText.fit(total.auxiliary()));
                    s.setString(4, StoredText.fit(total.accountLabel()));
                    s.setString(5, StoredText.fit(total.auxiliaryLabel()));
                    s.setBigDecimal(6, total.debit());
                    s.setBigDecimal(7, total.credit());
                });
    }

    void insertMembers(long fileId, List<Member> members) {
        insertAll("INSERT INTO member (source_file_id, sheet, row_number, member_id, name, first_name, kind, "
                + "legal_status, postal_code, departement, country, joined, left_on, fee, paid_on, payment_method, role, "
                + "email, phone, address) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                members, (s, member) -> {
                    s.setLong(1, fileId);
                    s.setString(2, StoredText.fit(member.location().sheet()));
                    s.setInt(3, member.location().row());
                    s.setString(4, StoredText.fit(member.memberId()));
                    s.setString(5, StoredText.fit(member.name()));
                    s.setString(6, StoredText.fit(member.firstName()));
                    s.setString(7, member.kind() == null ? null : member.kind().name());
                    s.setString(8, StoredText.fit(member.legalStatus()));
                    s.setString(9, StoredText.fit(member.postalCode()));
                    s.setString(10, StoredText.fit(member.departement()));
                    s.setString(11, StoredText.fit(member.country()));
                    setDate(s, 12, member.joined());
                    setDate(s, 13, member.left());
                    s.setBigDecimal(14, member.fee());
                    setDate(s, 15, member.paidOn());
                    s.setString(16, StoredText.fit(member.paymentMethod()));
                    s.setString(17, StoredText.fit(member.role()));
                    s.setString(18, StoredText.fit(member.email()));
                    s.setString(19, StoredText.fit(member.phone()));
                    s.setString(20, StoredText.fit(member.address()));
                });
    }

    void insertActivities(long fileId, List<Activity> activities) {
        insertAll("INSERT INTO activity (source_file_id, sheet, row_number, start_date, end_date, title, category, "
                + "raw_category, place, departement, participants, member_structures, income, expense, account, "
                + "highlight) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", activities, (s, activity) -> {
                    s.setLong(1, fileId);
                    s.setString(2, StoredText.fit(activity.location().sheet()));
                    s.setInt(3, activity.location().row());
                    setDate(s, 4, activity.date());
                    setDate(s, 5, activity.endDate());
                    s.setString(6, StoredText.fit(activity.title()));
                    s.setString(7, activity.category() == null ? null : activity.category().name());
                    s.setString(8, StoredText.fit(activity.rawCategory()));
                    s.setString(9, StoredText.fit(activity.place()));
                    s.setString(10, StoredText.fit(activity.departement()));
                    setInteger(s, 11, activity.participants());
                    setInteger(s, 12, activity.memberStructures());
                    s.setBigDecimal(13, activity.income());
                    s.setBigDecimal(14, activity.expense());
                    s.setString(15, StoredText.fit(activity.account()));
                    s.setBoolean(16, activity.highlight());
                });
    }

    void insertHours(long fileId, List<VolunteerEntry> hours) {
        insertAll("INSERT INTO volunteer_hours (source_file_id, sheet, row_number, volunteer, member_id, work_date, "
                + "work_month, hours, activity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", hours, (s, entry) -> {
                    s.setLong(1, fileId);
                    s.setString(2, StoredText.fit(entry.location().sheet()));
                    s.setInt(3, entry.location().row());
                    s.setString(4, StoredText.fit(entry.volunteer()));
                    s.setString(5, StoredText.fit(entry.memberId()));
                    setDate(s, 6, entry.date());
                    s.setString(7, entry.month() == null ? null : entry.month().toString());
                    s.setBigDecimal(8, entry.hours());
                    s.setString(9, StoredText.fit(entry.activity()));
                });
    }

    void insertBankLines(long fileId, List<BankStatementLine> lines) {
        insertAll("INSERT INTO bank_statement_line (source_file_id, sheet, row_number, account_id, booking_date, "
                + "value_date, label, amount, running_balance, transaction_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                lines, (s, line) -> {
                    s.setLong(1, fileId);
                    s.setString(2, StoredText.fit(line.location().sheet()));
                    s.setInt(3, line.location().row());
                    s.setString(4, StoredText.fit(line.accountId()));
                    setDate(s, 5, line.date());
                    setDate(s, 6, line.valueDate());
                    s.setString(7, StoredText.fit(line.label()));
                    s.setBigDecimal(8, line.amount());
                    s.setBigDecimal(9, line.runningBalance());
                    s.setString(10, StoredText.fit(line.transactionId()));
                });
    }

    void insertBankBalances(long fileId, List<StatedBalance> balances) {
        insertAll("INSERT INTO bank_statement_balance (source_file_id, sheet, row_number, account_id, balance_date, "
                + "timing, amount) VALUES (?, ?, ?, ?, ?, ?, ?)", balances, (s, balance) -> {
                    s.setLong(1, fileId);
                    s.setString(2, StoredText.fit(balance.location().sheet()));
                    setInteger(s, 3, balance.location().row());
                    s.setString(4, StoredText.fit(balance.accountId()));
                    setDate(s, 5, balance.date());
                    s.setString(6, balance.timing().name());
                    s.setBigDecimal(7, balance.amount());
                });
    }

    void insertPlatformTotals(long fileId, List<PlatformTotal> totals) {
        insertAll("INSERT INTO platform_total (source_file_id, platform, category, total_day, amount, row_numbers) "
                + "VALUES (?, ?, ?, ?, ?, ?)", totals, (s, total) -> {
                    s.setLong(1, fileId);
                    s.setString(2, StoredText.fit(total.platform()));
                    s.setString(3, StoredText.fit(total.category()));
                    setDate(s, 4, total.day());
                    s.setBigDecimal(5, total.amount());
                    s.setString(6, total.rows().stream().map(String::valueOf).collect(Collectors.joining(",")));
                });
    }

    void insertRejected(long fileId, List<RejectedRow> rejected) {
        insertAll("INSERT INTO rejected_row (source_file_id, sheet, row_number, raw_text, reason) VALUES (?, ?, ?, ?, ?)",
                rejected, (s, row) -> {
                    s.setLong(1, fileId);
                    s.setString(2, StoredText.fit(row.location().sheet()));
                    setInteger(s, 3, row.location().row());
                    s.setString(4, truncate(row.rawText(), 16_000));
                    s.setString(5, truncate(row.reason(), 4_000));
                });
    }

    void insertFindings(long fileId, int firstPosition, List<Finding> findings) {
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
                    s.setString(6, truncate(finding.hint(), 2_000));
                    s.setString(7, truncate(location == null ? "" : location.file(), 1_000));
                    s.setString(8, StoredText.fit(location == null ? null : location.sheet()));
                    setInteger(s, 9, location == null ? null : location.row());
                    s.setString(10, StoredText.fit(location == null ? null : location.column()));
                    s.setString(11, truncate(finding.value(), 4_000));
                });
    }

    // --- JDBC helpers ---------------------------------------------------------------------------------

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

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
