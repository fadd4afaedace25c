package org.cloture.ingest.table;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Merged cells of one sheet, applied to rows as they stream by. A value merged over several rows (a
 * category spanning the actions of one day, a member type over a block of members) holds for each row it
 * covers, so it is copied down into the covered rows of its column. A merge across columns is a matter of
 * layout (a title, a label spread over empty columns): the value stays in its first column, where the file
 * stores it, and is not copied sideways into fields it does not belong to. A row with nothing of its own
 * receives no copy.
 */
final class MergedRegions {

    /** Rows are 1-based as the user sees them, columns 0-based. */
    record Region(int firstRow, int lastRow, int firstColumn) {
    }

    static final MergedRegions NONE = new MergedRegions(List.of());

    private final Deque<Region> pending;
    private final List<Active> active = new ArrayList<>();

    private static final class Active {
        final Region region;
        RawCell anchor = RawCell.BLANK;

        Active(Region region) {
            this.region = region;
        }
    }

    MergedRegions(List<Region> regions) {
        List<Region> vertical = new ArrayList<>(regions.stream().filter(r -> r.lastRow() > r.firstRow()).toList());
        vertical.sort(Comparator.comparingInt(Region::firstRow));
        this.pending = new ArrayDeque<>(vertical);
    }

    boolean isEmpty() {
        return pending.isEmpty() && active.isEmpty();
    }

    /** The row with the merged values of the rows above copied into its covered cells; rows come in order. */
    RawRow apply(RawRow row) {
        if (isEmpty()) {
            return row;
        }
        int number = row.rowNumber();
        while (!pending.isEmpty() && pending.peekFirst().firstRow() <= number) {
            Active started = new Active(pending.pollFirst());
            if (started.region.firstRow() == number) {
                started.anchor = row.cell(started.region.firstColumn());
            }
            active.add(started);
        }
        if (row.isBlank()) {
            // Nothing of its own (the second line of a header drawn over two rows, a spacer): it stays blank
            // rather than become a row of copies.
            return row;
        }
        List<RawCell> cells = null;
        for (Iterator<Active> it = active.iterator(); it.hasNext(); ) {
            Active merge = it.next();
            if (merge.region.lastRow() < number) {
                it.remove();
                continue;
            }
            int column = merge.region.firstColumn();
            if (merge.region.firstRow() < number && row.cell(column).isBlank() && !merge.anchor.isBlank()) {
                if (cells == null) {
                    cells = new ArrayList<>(row.cells());
                }
                while (cells.size() <= column) {
                    cells.add(RawCell.BLANK);
                }
                cells.set(column, merge.anchor);
            }
        }
        return cells == null ? row : new RawRow(row.sheet(), number, cells);
    }
}
