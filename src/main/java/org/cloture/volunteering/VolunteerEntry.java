package org.cloture.volunteering;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

import org.cloture.source.SourceLocation;

/**
 * Hours given by one volunteer on a day, or over a month when the file only says the month.
 * Exactly one of {@code date} and {@code month} is set.
 *
 * @param hours decimal hours at scale 4 (see {@link org.cloture.ingest.cells.HoursParser} for why)
 */
public record VolunteerEntry(String volunteer, String memberId, LocalDate date, YearMonth month,
                             BigDecimal hours, String activity, SourceLocation location) {

    public VolunteerEntry {
        Objects.requireNonNull(volunteer, "volunteer");
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(location, "location");
        if ((date == null) == (month == null)) {
            throw new IllegalArgumentException("exactly one of date and month must be set");
        }
    }

    /** The month the hours count in, whichever of date and month the file gave. */
    public YearMonth period() {
        return month != null ? month : YearMonth.from(date);
    }
}
