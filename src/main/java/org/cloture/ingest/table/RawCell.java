package org.cloture.ingest.table;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import org.cloture.ingest.cells.Texts;

/**
 * One cell, whatever the container. {@code text} is what the user reads in the cell (for a csv,
 * the field itself). A numeric spreadsheet cell also gives its {@code number}; when its format is a
 * date or a time, {@code dateTime} is that number read as a date (a time alone falls on the epoch day,
 * the number keeping the fraction of a day).
 */
public record RawCell(String text, BigDecimal number, LocalDateTime dateTime) {

    public static final RawCell BLANK = new RawCell("", null, null);

    public RawCell {
        text = text == null ? "" : text;
    }

    public static RawCell ofText(String text) {
        return new RawCell(text, null, null);
    }

    public static RawCell ofNumber(BigDecimal number) {
        return new RawCell(number.stripTrailingZeros().toPlainString(), number, null);
    }

    public boolean isBlank() {
        return number == null && Texts.isBlank(text);
    }

    public boolean isNumeric() {
        return number != null;
    }

    public boolean isDateFormatted() {
        return dateTime != null;
    }
}
