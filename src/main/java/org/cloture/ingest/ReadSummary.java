package org.cloture.ingest;

import java.util.List;
import java.util.Set;

/**
 * What a reader recognised in a file and how many data rows it read (loaded + rejected).
 *
 * @param sheets per sheet (or csv file) read as a register: its kind, counts and « header → field » mapping
 */
public record ReadSummary(Set<SourceKind> kinds, int rowsRead, List<RecognisedSheet> sheets) {

    /** The sources a file can hold, as recorded in the database. */
    public enum SourceKind { FEC, MEMBERS, ACTIVITIES, VOLUNTEERING, BANK_STATEMENT, HELLOASSO, PLANNING, BUDGET }

    public ReadSummary {
        sheets = sheets == null ? List.of() : List.copyOf(sheets);
    }

    public ReadSummary(Set<SourceKind> kinds, int rowsRead) {
        this(kinds, rowsRead, List.of());
    }

    public static ReadSummary nothing() {
        return new ReadSummary(Set.of(), 0);
    }

    /**
     * How one sheet was recognised, to show the decision ({@code check}, the controls workbook, the JSON).
     *
     * @param sheet     null for a csv file
     * @param kind      the {@link SourceKind} name
     * @param headerRow 0 when the file has no header row and its columns were recognised by content
     */
    public record RecognisedSheet(String sheet, String kind, int headerRow, int rowsRead, int rowsLoaded,
                                  int rowsRejected, List<ColumnMapping> columns) {

        public RecognisedSheet {
            columns = columns == null ? List.of() : List.copyOf(columns);
        }
    }

    /** One column read: its header as the user wrote it and the field it was taken for. */
    public record ColumnMapping(String header, String field) {
    }
}
