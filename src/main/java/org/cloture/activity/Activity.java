package org.cloture.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import org.cloture.source.SourceLocation;

/**
 * One action of the activity log.
 *
 * @param rawCategory the category as the user wrote it, kept because the normalised one may be AUTRE
 * @param income      scale 2, null when absent
 * @param expense     scale 2, null when absent
 * @param highlight   true when the action belongs in « Les faits marquants »
 */
public record Activity(LocalDate date, LocalDate endDate, String title, ActivityCategory category,
                       String rawCategory, String place, String departement, Integer participants,
                       Integer memberStructures, BigDecimal income, BigDecimal expense, String account,
                       boolean highlight, SourceLocation location) {

    public Activity {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(location, "location");
    }
}
