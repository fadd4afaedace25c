package org.cloture.programme;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When a planned action takes place, as precisely as the planning says: a day, a span of days, a month, a
 * quarter, a semester, a season or the whole year. A plan is rarely dated to the day.
 *
 * @param start first day of the period
 * @param end   last day of the period (equal to start for one day)
 * @param label the period in French words, as the programme prints it (« mars 2026 », « du 12 au 14 mai 2026 »)
 */
public record PlannedPeriod(LocalDate start, LocalDate end, String label) {

    public PlannedPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(label, "label");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("Period ends before it starts: " + start + " → " + end);
        }
    }

    /** Whether the period lies wholly within [first, last]. */
    public boolean within(LocalDate first, LocalDate last) {
        return !start.isBefore(first) && !end.isAfter(last);
    }
}
