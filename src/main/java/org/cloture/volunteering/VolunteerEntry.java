package org.cloture.volunteering;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.cloture.source.SourceLocation;

/** Placeholder until the register reader lands. */
public record VolunteerEntry(String volunteer, String memberId, LocalDate date, YearMonth month, BigDecimal hours,
                             String activity, SourceLocation location) {
}
