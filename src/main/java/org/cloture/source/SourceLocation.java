package org.cloture.source;

import java.util.Objects;

/**
 * Where a datum came from, as the user sees it: file name, sheet (null for text files),
 * 1-based row as shown by a spreadsheet program or a text editor, and column header (null when
 * the whole row or file is meant).
 */
public record SourceLocation(String file, String sheet, Integer row, String column) {

    public SourceLocation {
        Objects.requireNonNull(file, "file");
    }

    public static SourceLocation ofFile(String file) {
        return new SourceLocation(file, null, null, null);
    }

    public static SourceLocation ofRow(String file, String sheet, int row) {
        return new SourceLocation(file, sheet, row, null);
    }

    public SourceLocation withColumn(String columnName) {
        return new SourceLocation(file, sheet, row, columnName);
    }

    /** {@code file[:sheet][:row][:column]}, the form used in the JSON and in console messages. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (sheet != null) {
            text.append(':').append(sheet);
        }
        if (row != null) {
            text.append(':').append(row);
        }
        if (column != null) {
            text.append(':').append(column);
        }
        return text.toString();
    }
}
