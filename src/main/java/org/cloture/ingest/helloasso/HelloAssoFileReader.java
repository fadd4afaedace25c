package org.cloture.ingest.helloasso;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cloture.config.AssociationConfig;
import org.cloture.ingest.ReadSummary;
import org.cloture.ingest.RowSink;
import org.cloture.ingest.SourceFileReader;
import org.cloture.ingest.cells.Texts;
import org.cloture.ingest.table.CsvExport;
import org.cloture.ingest.table.RawCell;
import org.cloture.ingest.table.RawRow;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;

/**
 * HelloAsso's CSV exports (« adhésions », « paiements », « commandes »), recognised by their header whatever the
 * file is called. The CSV is read as HelloAsso and spreadsheet programs write it ({@link CsvExport}: BOM,
 * {@code ;} or {@code ,} after an Excel re-save, CRLF, quoted header cells with trailing spaces, {@code ;} inside
 * quoted answers); the columns are found by their key, so the free questions of the form that HelloAsso appends
 * after its own columns are read past.
 */
public final class HelloAssoFileReader implements SourceFileReader {

    /** HelloAsso writes its header on the first line; a title row or two added by hand are tolerated. */
    private static final int HEADER_SEARCH_ROWS = 5;
    /** HelloAsso writes .csv; a re-save may give .txt. */
    private static final Set<String> EXTENSIONS = Set.of(".csv", ".txt");

    private final HelloAssoVocabulary vocabulary = HelloAssoVocabulary.builtIn();

    @Override
    public boolean accepts(Path file) {
        return export(file).isPresent();
    }

    /** The export this file is, if it is one. */
    public static Optional<HelloAssoExport> export(Path file) {
        return CsvExport.header(file, EXTENSIONS, HEADER_SEARCH_ROWS, row -> HelloAssoExport.of(keys(row).keySet()));
    }

    @Override
    public ReadSummary read(Path file, String displayName, int year, AssociationConfig config, RowSink sink) {
        SourceLocation whole = SourceLocation.ofFile(displayName);
        Reading reading = new Reading(displayName, sink);
        if (!CsvExport.read(file, displayName, sink::finding, reading::read)) {
            return ReadSummary.nothing();
        }
        if (reading.lines == null) {
            sink.finding(Finding.of(CheckId.FILE_UNREADABLE, whole, null, "en-tête HelloAsso introuvable"));
            return ReadSummary.nothing();
        }
        reading.lines.finish();
        if (reading.rowsRead == 0) {
            sink.finding(Finding.of(CheckId.FILE_EMPTY, whole, null));
        }
        Set<ReadSummary.SourceKind> kinds = EnumSet.of(ReadSummary.SourceKind.HELLOASSO);
        if (reading.lines.members() > 0) {
            kinds.add(ReadSummary.SourceKind.MEMBERS);
        }
        return new ReadSummary(kinds, reading.rowsRead);
    }

    /** The key of each header cell → its column; the first of two cells with one key wins. */
    private static Map<String, Integer> keys(RawRow row) {
        Map<String, Integer> keys = new HashMap<>();
        List<RawCell> cells = row.cells();
        for (int column = 0; column < cells.size(); column++) {
            String key = Texts.key(cells.get(column).text());
            if (!key.isEmpty()) {
                keys.putIfAbsent(key, column);
            }
        }
        return keys;
    }

    private final class Reading {

        private final String file;
        private final RowSink sink;
        private ExportLines lines;
        private int rowsRead;

        Reading(String file, RowSink sink) {
            this.file = file;
            this.sink = sink;
        }

        void read(Iterator<RawRow> rows) {
            Map<String, Integer> columns = null;
            List<String> headers = null;
            for (int read = 0; read < HEADER_SEARCH_ROWS && rows.hasNext() && columns == null; read++) {
                RawRow row = rows.next();
                Map<String, Integer> keys = keys(row);
                Optional<HelloAssoExport> export = HelloAssoExport.of(keys.keySet());
                if (export.isPresent()) {
                    columns = keys;
                    headers = row.cells().stream().map(cell -> cell.text().strip()).toList();
                    lines = switch (export.get()) {
                        case ADHESIONS -> new MembershipLines(sink, file, vocabulary);
                        case PAIEMENTS -> new PaymentLines(sink, file, vocabulary);
                        case COMMANDES -> new OrderLines(sink, file, vocabulary);
                    };
                    sink.finding(Finding.of(CheckId.EXPORT_FORMAT_RECOGNISED,
                            SourceLocation.ofRow(file, row.sheet(), row.rowNumber()), null,
                            "export « " + export.get().frenchLabel() + " » de HelloAsso"));
                }
            }
            if (columns == null) {
                return;
            }
            while (rows.hasNext()) {
                RawRow row = rows.next();
                if (row.isBlank()) {
                    continue;
                }
                rowsRead++;
                lines.line(new HelloAssoRow(row, columns, headers, file));
            }
        }
    }
}
