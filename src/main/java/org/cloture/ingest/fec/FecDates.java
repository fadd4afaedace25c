package org.cloture.ingest.fec;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.Map;

/**
 * Strict {@code yyyyMMdd} parsing. A FEC holds a few hundred distinct dates over a million lines,
 * so parsed values are shared: that saves both parsing time and heap.
 */
final class FecDates {

    private static final DateTimeFormatter FEC_DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final int CACHE_LIMIT = 20_000;

    private final Map<String, LocalDate> cache = new HashMap<>();

    /** The date, or null when the text is not a valid yyyyMMdd date. */
    LocalDate parse(String text) {
        LocalDate cached = cache.get(text);
        if (cached != null) {
            return cached;
        }
        if (text.length() != 8) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text, FEC_DATE);
            if (cache.size() < CACHE_LIMIT) {
                cache.put(text, date);
            }
            return date;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String french(LocalDate date) {
        return date.format(FRENCH);
    }
}
