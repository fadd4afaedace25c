package org.cloture.ingest.table;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One row of a sheet or csv file.
 *
 * @param sheet     null for a csv file
 * @param rowNumber 1-based physical row, as a spreadsheet program numbers it
 */
public record RawRow(String sheet, int rowNumber, List<RawCell> cells) {

    public RawRow {
        cells = List.copyOf(cells);
    }

    /** The cell at a 0-based column, blank past the last one written. */
    public RawCell cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : RawCell.BLANK;
    }

    public boolean isBlank() {
        return cells.stream().allMatch(RawCell::isBlank);
    }

    /** The row as the user would copy it, for rejected rows: cells joined by ';'. */
    public String joinedText() {
        int last = cells.size() - 1;
        while (last >= 0 && cells.get(last).isBlank()) {
            last--;
        }
        return cells.subList(0, last + 1).stream().map(RawCell::text).collect(Collectors.joining(";"));
    }
}
