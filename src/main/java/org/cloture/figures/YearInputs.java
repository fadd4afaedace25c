package org.cloture.figures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cloture.activity.Activity;
import org.cloture.ledger.TrialBalance;
import org.cloture.membership.Member;
import org.cloture.statements.IncomeStatement;
import org.cloture.volunteering.VolunteerEntry;

/**
 * What the key figures of one fiscal year are computed from.
 *
 * @param hourlyRate € per volunteer hour (null: no valuation)
 * @param staffFte   salaried full-time equivalents from association.yml (null when not given)
 * @param income     the compte de résultat; null for a year without accounts
 * @param ledger     the trial balance; null for a year without accounts
 * @param unread     the sources that were not read for the year (absent, unreadable, not recognised), each with
 *                   the reason in French: their figures are unknown, not zero
 */
public record YearInputs(int year, LocalDate start, LocalDate end, List<Member> members, List<Activity> activities,
                         List<VolunteerEntry> hours, BigDecimal hourlyRate, BigDecimal staffFte,
                         IncomeStatement income, TrialBalance ledger, Map<FigureSource, String> unread) {

    public YearInputs {
        unread = unread == null ? Map.of() : Map.copyOf(unread);
    }

    /** Inputs whose every source was read. */
    public YearInputs(int year, LocalDate start, LocalDate end, List<Member> members, List<Activity> activities,
                      List<VolunteerEntry> hours, BigDecimal hourlyRate, BigDecimal staffFte,
                      IncomeStatement income, TrialBalance ledger) {
        this(year, start, end, members, activities, hours, hourlyRate, staffFte, income, ledger, Map.of());
    }
}
