package org.cloture.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloture.reconcile.Fixtures.hours;
import static org.cloture.reconcile.Fixtures.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.volunteering.VolunteerEntry;
import org.junit.jupiter.api.Test;

class VolunteerHoursChecksTest {

    private static final LocalDate DAY = LocalDate.of(2023, 5, 13);

    @Test
    void moreThanTwelveHoursInADayIsReportedAtTheFirstRowOfThatDay() {
        List<Finding> findings = VolunteerHoursChecks.check(List.of(hours(3, "Élise Martin", null, DAY, "8"),
                hours(4, "elise  MARTIN", null, DAY, "5")), List.of());

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.check()).isEqualTo(CheckId.VOLUNTEER_DAY_OVER_12H);
            assertThat(finding.location().toString()).isEqualTo("benevolat.xlsx:Heures:3:Heures");
            assertThat(finding.message()).contains("13 heures", "13/05/2023");
            assertThat(finding.sources()).extracting(location -> location.row()).containsExactly(3, 4);
        });
    }

    @Test
    void twelveHoursInADayIsPlausible() {
        assertThat(VolunteerHoursChecks.check(List.of(hours(3, "Élise Martin", null, DAY, "12")), List.of())).isEmpty();
    }

    @Test
    void moreThanAFullTimeYearIsReported() {
        List<VolunteerEntry> entries = new ArrayList<>();
        for (int day = 0; day < 170; day++) {
            entries.add(hours(3 + day, "Paul Durand", null, DAY.plusDays(day), "10"));
        }
        assertThat(VolunteerHoursChecks.check(entries, List.of())).singleElement().satisfies(finding -> {
            assertThat(finding.check()).isEqualTo(CheckId.VOLUNTEER_YEAR_OVER_FTE);
            assertThat(finding.sources()).hasSize(170);
        });
        assertThat(VolunteerHoursChecks.check(entries.subList(0, 160), List.of())).isEmpty();
    }

    @Test
    void aMemberNumberUnknownToTheRegisterIsAnInfoOncePerNumber() {
        List<Finding> findings = VolunteerHoursChecks.check(List.of(hours(3, "Paul Durand", "A9999", DAY, "2"),
                hours(4, "Paul Durand", "A9999", DAY.plusDays(1), "2"), hours(5, "Élise Martin", "A0001", DAY, "2")),
                List.of(member(4, "A0001", "Élise", "Martin", "30")));

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.check()).isEqualTo(CheckId.VOLUNTEER_NOT_IN_REGISTER);
            assertThat(finding.location().toString()).isEqualTo("benevolat.xlsx:Heures:3:N° adhérent");
        });
    }
}
