package org.cloture.ledger;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import org.cloture.money.FrenchFormat;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;

/**
 * Whether the dates of a year's FEC fit the fiscal year that association.yml declares. When some entries fall
 * outside it but all of them fit one year that starts on the first day of the month of the earliest entry (an
 * association closing on 31 August whose association.yml still says 01-01), the statements would cover the
 * wrong period: a blocking finding says so and proposes the {@code fiscalYearStart} line to write.
 *
 * <p>Nothing is said when the dates span more than a year (a long first or changed fiscal year: the per-entry
 * FEC_DATE_OUTSIDE_YEAR warnings list them), nor when they fit a year with the declared start (a FEC dropped in
 * the wrong year folder: FEC_YEAR_MISMATCH).
 */
public final class FiscalYearFit {

    private FiscalYearFit() {
    }

    /**
     * @param first      the earliest entry date of the year's FEC (null when it has no line)
     * @param last       the latest entry date
     * @param configured the fiscalYearStart of association.yml
     * @param start      the fiscal year's first day as configured
     * @param end        its last day
     */
    public static Optional<Finding> check(LocalDate first, LocalDate last, MonthDay configured, LocalDate start,
                                          LocalDate end, int year) {
        if (first == null || last == null || (!first.isBefore(start) && !last.isAfter(end))) {
            return Optional.empty();
        }
        LocalDate fittingStart = first.withDayOfMonth(1);
        LocalDate fittingEnd = fittingStart.plusYears(1).minusDays(1);
        MonthDay proposed = MonthDay.from(fittingStart);
        if (last.isAfter(fittingEnd) || proposed.equals(configured)) {
            return Optional.empty();
        }
        String line = String.format("fiscalYearStart: \"%02d-%02d\"", proposed.getMonthValue(), proposed.getDayOfMonth());
        CheckId check = CheckId.FISCAL_YEAR_START_MISMATCH;
        return Optional.of(Finding.of(check, SourceLocation.ofFile(year + "/"), line,
                FrenchFormat.shortDate(first), FrenchFormat.shortDate(last), FrenchFormat.shortDate(fittingStart),
                FrenchFormat.shortDate(fittingEnd), year, FrenchFormat.shortDate(start), FrenchFormat.shortDate(end),
                line, fittingEnd.getYear()));
    }
}
