package org.cloture.report.xlsx;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * One sheet's columns as written: their headers, the widest each may grow, the longest content seen and
 * which ones only programs read. Widths fit the content, so a short list does not print on wide empty columns.
 */
final class SheetColumns {

    private static final int NARROWEST = 6;
    /** Room for the filter button of the header row and the cell padding. */
    private static final int PADDING = 3;

    private final Sheet sheet;
    private final List<String> headers;
    private final int[] maximum;
    private final int[] longest;
    private final BitSet internal = new BitSet();

    SheetColumns(Sheet sheet, List<String> headers, int[] maximum) {
        this.sheet = sheet;
        this.headers = List.copyOf(headers);
        this.maximum = Arrays.copyOf(maximum, Math.max(maximum.length, headers.size()));
        for (int i = maximum.length; i < this.maximum.length; i++) {
            this.maximum[i] = 20;
        }
        this.longest = new int[this.maximum.length];
    }

    Sheet sheet() {
        return sheet;
    }

    int count() {
        return headers.size();
    }

    int maximum(int column) {
        return column < maximum.length ? maximum[column] : 20;
    }

    void measure(int column, int length) {
        if (column < longest.length && length > longest[column]) {
            longest[column] = length;
        }
    }

    void internal(int column) {
        internal.set(column);
    }

    boolean isInternal(int column) {
        return internal.get(column);
    }

    /** The columns that are shown and printed: every one but the internal ones. */
    int lastPrinted() {
        int last = count() - 1;
        while (last > 0 && internal.get(last)) {
            last--;
        }
        return last;
    }

    /** The width each column is given, in characters, within its maximum. */
    int width(int column) {
        int wanted = Math.max(Math.max(longest[column], longestWord(headers.get(column))), NARROWEST) + PADDING;
        return Math.min(wanted, maximum(column) + PADDING);
    }

    /** The printed width of the sheet, in characters. */
    int printedWidth() {
        int total = 0;
        for (int column = 0; column <= lastPrinted(); column++) {
            total += internal.get(column) ? 0 : width(column);
        }
        return total;
    }

    void applyWidths() {
        for (int column = 0; column < count(); column++) {
            sheet.setColumnWidth(column, width(column) * 256);
            if (internal.get(column)) {
                sheet.setColumnHidden(column, true);
            }
        }
    }

    private static int longestWord(String header) {
        int longestWord = 0;
        for (String word : header.split("\\s+")) {
            longestWord = Math.max(longestWord, word.length());
        }
        return longestWord;
    }
}
