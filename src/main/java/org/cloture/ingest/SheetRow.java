package org.cloture.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of a ledger sheet, as text and, for spreadsheet cells that hold one, as a typed value:
 * a {@link BigDecimal} for a number, a {@link LocalDate} for a cell formatted as a date. CSV rows are
 * text only.
 *
 * @param number 1-based row as the spreadsheet program or text editor shows it
 */
record SheetRow(int number, String[] texts, Object[] typed) {

    static SheetRow ofTexts(int number, String[] texts) {
        return new SheetRow(number, texts, new Object[texts.length]);
    }

    String text(int column) {
        if (column < 0 || column >= texts.length || texts[column] == null) {
            return null;
        }
        String text = texts[column].strip();
        return text.isEmpty() ? null : text;
    }

    Object typed(int column) {
        return column < 0 || column >= typed.length ? null : typed[column];
    }

    boolean isBlank() {
        for (String text : texts) {
            if (text != null && !text.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The row as one line of text, kept for a rejected row. */
    String raw() {
        StringBuilder raw = new StringBuilder();
        for (int i = 0; i < texts.length; i++) {
            if (i > 0) {
                raw.append(" | ");
            }
            raw.append(texts[i] == null ? "" : texts[i]);
        }
        return raw.length() > 2_000 ? raw.substring(0, 2_000) + "…" : raw.toString();
    }
}
