package org.cloture.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.Severity;
import org.junit.jupiter.api.Test;

class FiscalYearFitTest {

    private static final MonthDay JANUARY = MonthDay.of(1, 1);

    @Test
    void aFecFromSeptemberToAugustUnderACalendarYearProposesTheFiscalYearStartToWrite() {
        Finding finding = FiscalYearFit.check(LocalDate.of(2023, 9, 1), LocalDate.of(2024, 8, 31), JANUARY,
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), 2024).orElseThrow();

        assertThat(finding.check()).isEqualTo(CheckId.FISCAL_YEAR_START_MISMATCH);
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message()).contains("du 01/09/2023 au 31/08/2024", "fiscalYearStart: \"09-01\"",
                "du 01/01/2024 au 31/12/2024", "input/2024/");
        assertThat(finding.value()).isEqualTo("fiscalYearStart: \"09-01\"");
        assertThat(finding.location().toString()).isEqualTo("2024/");
    }

    @Test
    void aCalendarFecUnderASeptemberStartProposesJanuary() {
        assertThat(FiscalYearFit.check(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), MonthDay.of(9, 1),
                LocalDate.of(2023, 9, 1), LocalDate.of(2024, 8, 31), 2024))
                .hasValueSatisfying(finding -> assertThat(finding.message()).contains("fiscalYearStart: \"01-01\""));
    }

    @Test
    void datesInsideTheDeclaredYearAFirstShortYearOrALongYearSayNothing() {
        LocalDate start = LocalDate.of(2024, 1, 1);
        LocalDate end = LocalDate.of(2024, 12, 31);
        assertThat(FiscalYearFit.check(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), JANUARY, start, end,
                2024)).isEmpty();
        assertThat(FiscalYearFit.check(LocalDate.of(2024, 3, 15), LocalDate.of(2024, 12, 20), JANUARY, start, end,
                2024)).isEmpty();
        // fifteen months: no single year fits, the per-entry warnings of the FEC say which entries are outside
        assertThat(FiscalYearFit.check(LocalDate.of(2023, 10, 1), LocalDate.of(2024, 12, 31), JANUARY, start, end,
                2024)).isEmpty();
        // the declared start, another year: a FEC in the wrong folder (FEC_YEAR_MISMATCH)
        assertThat(FiscalYearFit.check(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), JANUARY, start, end,
                2024)).isEmpty();
        assertThat(FiscalYearFit.check(null, null, JANUARY, start, end, 2024)).isEmpty();
    }
}
