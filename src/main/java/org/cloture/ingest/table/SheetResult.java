package org.cloture.ingest.table;

import java.util.List;

/**
 * What one recognised sheet (or csv file) gave; its records went to the {@link RegisterSink} as they were read.
 *
 * @param sheet     null for a csv file
 * @param headerRow the 1-based row where the headers were found, 0 when the file has none and its columns were
 *                  recognised by their content
 * @param rowsRead  data rows met below the headers: loaded plus rejected, blank and total rows excluded
 * @param loaded    rows that became records
 * @param mappings  « header → field » for every column read, in the order of the columns
 */
public record SheetResult(SourceKind kind, String sheet, int headerRow, int rowsRead, int loaded,
                          List<ColumnMap.Mapping> mappings) {

    public SheetResult {
        mappings = mappings == null ? List.of() : List.copyOf(mappings);
    }

    public SheetResult(SourceKind kind, String sheet, int headerRow, int rowsRead, int loaded) {
        this(kind, sheet, headerRow, rowsRead, loaded, List.of());
    }

    public int rejected() {
        return rowsRead - loaded;
    }
}
