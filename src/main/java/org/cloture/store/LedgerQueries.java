package org.cloture.store;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cloture.ledger.LedgerLine;
import org.cloture.source.SourceLocation;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.cloture.store.StagingSql.FILES_OF;
import static org.cloture.store.StagingSql.integer;
import static org.cloture.store.StagingSql.localDate;
import static org.cloture.store.StagingSql.location;

/**
 * The ledger as loaded: trial balances and unbalanced entries from the totals kept at load time, the key
 * lines, the FEC lines themselves (collected, by account prefix or streamed: the lines of sheets from the
 * database, those of FEC text files read again from the files by their offsets, {@link StoredFecTexts}) and
 * the auxiliary labels.
 */
public class LedgerQueries {

    /** Rows fetched at a time when the lines are streamed. */
    private static final int FETCH_SIZE = 10_000;

    private final JdbcTemplate jdbc;
    private final StoredFecTexts texts;

    public LedgerQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.texts = new StoredFecTexts(jdbc);
    }

    public List<LedgerLine> ledgerLines(int year) {
        return ledgerLines(year, "");
    }

    /**
     * The stored lines (sheets) and the lines read again from the FEC text files, together in the order of
     * the file path and the line number.
     */
    private List<LedgerLine> ledgerLines(int year, String accountPrefix) {
        List<LedgerLine> lines = new ArrayList<>(storedLines(year, accountPrefix));
        int stored = lines.size();
        texts.forEachLine(year, null, accountPrefix, true, lines::add);
        if (stored > 0 && lines.size() > stored) {
            lines.sort(Comparator.comparing((LedgerLine line) -> line.location().file())
                    .thenComparing(line -> line.location().row(), Comparator.nullsFirst(Comparator.naturalOrder())));
        }
        return lines;
    }

    private List<LedgerLine> storedLines(int year, String accountPrefix) {
        return jdbc.query("SELECT f.path, l.sheet, l.row_number, l.journal_code, l.entry_num, l.entry_date, "
                        + "l.account_num, l.account_lib, l.aux_num, l.label, l.debit, l.credit, l.piece_ref FROM fec_line l "
                        + "JOIN source_file f ON f.id = l.source_file_id WHERE " + FILES_OF + " "
                        + "AND l.account_num LIKE ? ORDER BY f.path, l.row_number",
                (rs, n) -> new LedgerLine(rs.getString(4), rs.getString(5), localDate(rs, 6), rs.getString(7),
                        rs.getString(8), rs.getString(9), rs.getString(10), rs.getBigDecimal(11),
                        rs.getBigDecimal(12), location(rs), rs.getString(13)), year, null,
                accountPrefix.replace("%", "") + "%");
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
        texts.forEachLine(year, null, "", false, consumer);
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
            statement.setFetchSize(FETCH_SIZE);
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
     * The earliest and latest entry dates of the year's own FEC lines, kept per file at load time; both null
     * when it has none.
     */
    public LocalDate[] entryDateRange(int year) {
        return jdbc.query("SELECT MIN(f.first_entry_date), MAX(f.last_entry_date) FROM source_file f WHERE "
                        + FILES_OF,
                (org.springframework.jdbc.core.ResultSetExtractor<LocalDate[]>) rs -> rs.next()
                        ? new LocalDate[] {localDate(rs, 1), localDate(rs, 2)} : new LocalDate[2], year, null);
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
}
