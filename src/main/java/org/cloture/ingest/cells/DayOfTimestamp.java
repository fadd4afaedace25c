package org.cloture.ingest.cells;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The day of a date that platforms and banks may write with a time: {@code 03/04/2026 18:23:13},
 * {@code 24/03/2025 22:37}, {@code 03/04/2026}, {@code 2024-01-05 10:00:00}, {@code 05-01-2024 10:00:00 UTC},
 * {@code 2023-03-15T00:00:00.000}. The time is dropped (an operation belongs to its day), the day is read by
 * {@link DateParser}.
 */
public final class DayOfTimestamp {

    private static final Pattern TIME = Pattern.compile(
            "(?:[ T]|\\s+[aà]\\s+)\\d{1,2}[:h]\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?\\s*(?:utc|z|[+-]\\d{2}:?\\d{2})?$",
            Pattern.CASE_INSENSITIVE);

    private DayOfTimestamp() {
    }

    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String stripped = text.strip();
        return DateParser.parse(TIME.matcher(stripped).replaceFirst(""));
    }
}
