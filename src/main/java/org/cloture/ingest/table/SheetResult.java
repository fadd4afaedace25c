package org.cloture.ingest.table;

/**
 * What one recognised sheet (or csv file) gave; its records went to the {@link RegisterSink} as they were read.
 *
 * @param sheet     null for a csv file
 * @param headerRow the 1-based row where the headers were found
 * @param rowsRead  data rows met below the headers: loaded plus rejected, blank and total rows excluded
 * @param loaded    rows that became records
 */
public record SheetResult(SourceKind kind, String sheet, int headerRow, int rowsRead, int loaded) {

    public int rejected() {
        return rowsRead - loaded;
    }
}
