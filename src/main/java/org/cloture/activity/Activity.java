package org.cloture.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.cloture.source.SourceLocation;

/** Placeholder until the register reader lands. */
public record Activity(LocalDate date, LocalDate endDate, String title, ActivityCategory category, String rawCategory,
                       String place, String departement, Integer participants, Integer memberStructures,
                       BigDecimal income, BigDecimal expense, String account, boolean highlight,
                       SourceLocation location) {
}
