package org.cloture.store;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.cloture.ingest.fec.AscendingNumbers;
import org.cloture.ingest.fec.FecLine;
import org.cloture.ingest.fec.FecTextLines;
import org.cloture.ledger.LedgerLine;
import org.cloture.source.SourceLocation;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.cloture.store.StagingSql.FILES_OF;

/**
 * The lines of the FEC text files loaded without storing their lines (V18): the account index says which
 * line numbers to read, the line offsets where they are, and the file itself what they hold. Lines come out
 * as a stored copy would have: texts cut to the column width, located at the file's path and line number.
 */
final class StoredFecTexts {

    /** A loaded FEC text file of the year. */
    private record TextFile(long id, String path, FecTextLines lines) {
    }

    private final JdbcTemplate jdbc;

    StoredFecTexts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Hands over, file by file in path order and in line order within a file, the lines of the accounts that
     * start with {@code accountPrefix} ("" for every line).
     */
    void forEachLine(int year, String memberId, String accountPrefix, boolean withPieceRef,
                     Consumer<LedgerLine> consumer) {
        for (TextFile file : textFiles(year, memberId)) {
            int[] rows = rowsOf(file.id(), accountPrefix);
            if (rows.length == 0) {
                continue;
            }
            long[] lineStarts = jdbc.queryForObject("SELECT line_starts FROM fec_text_file WHERE source_file_id = ?",
                    (rs, n) -> AscendingNumbers.decode(rs.getBytes(1)), file.id());
            file.lines().forEach(rows, lineStarts, line -> consumer.accept(ledgerLine(file.path(), line,
                    withPieceRef)));
        }
    }

    private List<TextFile> textFiles(int year, String memberId) {
        return jdbc.query("SELECT f.id, f.path, t.origin, t.size_bytes, t.modified, t.charset, t.header_line "
                        + "FROM fec_text_file t JOIN source_file f ON f.id = t.source_file_id WHERE " + FILES_OF
                        + " ORDER BY f.path",
                (rs, n) -> new TextFile(rs.getLong(1), rs.getString(2), new FecTextLines(Path.of(rs.getString(3)),
                        rs.getString(2), rs.getLong(4), rs.getLong(5), Charset.forName(rs.getString(6)),
                        rs.getString(7))), year, memberId);
    }

    /** The line numbers of the accounts starting with {@code prefix}, ascending (the same LIKE as the stored lines). */
    private int[] rowsOf(long fileId, String prefix) {
        List<long[]> parts = new ArrayList<>();
        jdbc.query("SELECT row_numbers FROM fec_account_rows WHERE source_file_id = ? AND account_num LIKE ?",
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> parts.add(AscendingNumbers.decode(
                        rs.getBytes(1))), fileId, prefix.replace("%", "") + "%");
        int[] rows = new int[parts.stream().mapToInt(part -> part.length).sum()];
        int at = 0;
        for (long[] part : parts) {
            for (long row : part) {
                rows[at++] = (int) row;
            }
        }
        if (parts.size() > 1) {
            Arrays.sort(rows);
        }
        return rows;
    }

    private static LedgerLine ledgerLine(String path, FecLine line, boolean withPieceRef) {
        return new LedgerLine(StoredText.fit(line.journalCode()), StoredText.fit(line.entryNum()), line.entryDate(),
                StoredText.fit(line.accountNum()), StoredText.fit(line.accountLib()), StoredText.fit(line.auxNum()),
                StoredText.fit(line.label()), line.debit(), line.credit(),
                new SourceLocation(path, null, line.location().row(), null),
                withPieceRef ? StoredText.fit(line.pieceRef()) : null);
    }
}
