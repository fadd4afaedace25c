package org.cloture.reconcile;

import java.math.BigDecimal;
import java.util.List;
import org.cloture.ledger.LedgerLine;
import org.cloture.ledger.TrialBalance;
import org.cloture.money.Amounts;
import org.cloture.money.FrenchFormat;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.volunteering.VolunteerEntry;

/** Volunteer hours × the year's rate against the valuation booked in 875 (bénévolat), when booked. */
public final class VolunteerReconciliation {

    private VolunteerReconciliation() {
    }

    /** @param valuationLines the year's accounting lines on 875, named beside a mismatch */
    public static List<Finding> check(List<VolunteerEntry> hours, BigDecimal hourlyRate, TrialBalance ledger,
                                      List<LedgerLine> valuationLines) {
        return check(hours, hourlyRate, ledger, valuationLines, Amounts.ZERO);
    }

    /** @param tolerance the largest difference not reported (association.yml tolerances.volunteering) */
    public static List<Finding> check(List<VolunteerEntry> hours, BigDecimal hourlyRate, TrialBalance ledger,
                                      List<LedgerLine> valuationLines, BigDecimal tolerance) {
        BigDecimal booked = ledger.balanceOf("875").negate();
        if (hours.isEmpty() || hourlyRate == null || booked.signum() == 0) {
            return List.of();
        }
        BigDecimal totalHours = hours.stream().map(VolunteerEntry::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal valuation = Amounts.roundedToCent(totalHours.multiply(hourlyRate));
        if (Amounts.withinTolerance(valuation, booked, tolerance)) {
            return List.of();
        }
        return List.of(Finding.of(CheckId.VOLUNTEER_VALUATION_MISMATCH, hours.get(0).location().withColumn("Heures"),
                totalHours.toPlainString(), totalHours.stripTrailingZeros().toPlainString(), FrenchFormat.amount(valuation),
                FrenchFormat.amount(booked)).withRelated(java.util.stream.Stream.concat(
                        hours.stream().map(VolunteerEntry::location),
                        valuationLines.stream().map(LedgerLine::location)).toList()));
    }
}
