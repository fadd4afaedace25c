package org.cloture.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cloture.ingest.ReadSummary;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.cloture.ingest.RejectedRow;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.Severity;
import org.cloture.source.SourceLocation;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.cloture.store.StagingSql.FILES_OF;
import static org.cloture.store.StagingSql.integer;
import static org.cloture.store.StagingSql.location;

/**
 * What the loads themselves left: the loaded files with their counts, the rows rejected and the findings
 * recorded while reading, and the federation members whose folder has files.
 */
public class LoadedFileQueries {

    private final JdbcTemplate jdbc;

    public LoadedFileQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A loaded file and its counts, for the console summary and the controls workbook. */
    public record LoadedFile(String path, String sha256, String kinds, int rowsRead, int rowsLoaded, int rowsRejected) {
    }


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

    /** How each sheet of the association's own loaded files of the year was recognised, by path, in reading order. */
    public Map<String, List<ReadSummary.RecognisedSheet>> recognisedSheets(int year) {
        return recognisedSheets(year, null);
    }

    /** The same for one member's folder ({@code memberId} null: the association's own files). */
    public Map<String, List<ReadSummary.RecognisedSheet>> recognisedSheets(int year, String memberId) {
        Map<String, List<ReadSummary.RecognisedSheet>> byPath = new LinkedHashMap<>();
        jdbc.query("SELECT f.path, s.sheet, s.kind, s.header_row, s.rows_read, s.rows_loaded, s.rows_rejected, "
                        + "s.columns_mapped FROM source_sheet s JOIN source_file f ON f.id = s.source_file_id "
                        + "WHERE " + FILES_OF + " ORDER BY f.path, s.position",
                (RowCallbackHandler) rs -> byPath.computeIfAbsent(rs.getString(1), path -> new ArrayList<>())
                        .add(new ReadSummary.RecognisedSheet(rs.getString(2), rs.getString(3), rs.getInt(4),
                                rs.getInt(5), rs.getInt(6), rs.getInt(7), mappings(rs.getString(8)))),
                year, memberId);
        return byPath;
    }

    private static List<ReadSummary.ColumnMapping> mappings(String stored) {
        if (stored == null || stored.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(stored.split("\n")).map(line -> line.split("\t", 2))
                .filter(parts -> parts.length == 2)
                .map(parts -> new ReadSummary.ColumnMapping(parts[0], parts[1])).toList();
    }

    /** The members of a federation whose folder has loaded files for the year, by id. */
    public List<String> memberIdsWithFiles(int year) {
        return jdbc.query("SELECT DISTINCT member_id FROM source_file WHERE fiscal_year = ? AND status = 'LOADED' "
                + "AND member_id IS NOT NULL ORDER BY member_id", (rs, n) -> rs.getString(1), year);
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
}
