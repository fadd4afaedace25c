package org.cloture.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloture.reconcile.Fixtures.END;
import static org.cloture.reconcile.Fixtures.START;
import static org.cloture.reconcile.Fixtures.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cloture.activity.Activity;
import org.cloture.activity.ActivityCategory;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.junit.jupiter.api.Test;

class ActivityChecksTest {

    private static final LocalDate DAY = LocalDate.of(2023, 6, 1);

    @Test
    void anActionDatedOutsideTheYearIsReported() {
        List<Finding> findings = ActivityChecks.check(List.of(
                activity(3, "Salon 2022", ActivityCategory.SALON, LocalDate.of(2022, 12, 31), 40),
                activity(4, "Salon 2023", ActivityCategory.SALON, DAY, 40)), START, END);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.check()).isEqualTo(CheckId.ACTIVITY_OUTSIDE_YEAR);
            assertThat(finding.location().toString()).isEqualTo("activites.xlsx:Actions:3:Date");
        });
    }

    @Test
    void aMissingCountMattersForAnEventButNotForABoardMeeting() {
        List<Finding> findings = ActivityChecks.check(List.of(
                activity(3, "Salon", ActivityCategory.SALON, DAY, null),
                activity(4, "Bureau", ActivityCategory.BUREAU, DAY, null)), START, END);

        assertThat(findings).extracting(Finding::check).containsExactly(CheckId.ACTIVITY_PARTICIPANTS_MISSING);
    }

    @Test
    void aCountFarAboveTheOtherActionsOfItsCategoryIsExplained() {
        List<Activity> visits = new ArrayList<>();
        int[] counts = {22, 25, 30, 18, 27, 24, 2500};
        for (int i = 0; i < counts.length; i++) {
            visits.add(activity(3 + i, "Visite " + i, ActivityCategory.VISITE, DAY, counts[i]));
        }

        List<Finding> findings = ActivityChecks.check(visits, START, END);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.check()).isEqualTo(CheckId.ACTIVITY_PARTICIPANTS_OUTLIER);
            assertThat(finding.location().toString()).isEqualTo("activites.xlsx:Actions:9:Participants");
            assertThat(finding.message()).contains("2500 participants", "médiane 25", "sur 7 actions");
        });
    }

    @Test
    void ordinaryVariationIsNotAnOutlier() {
        List<Activity> visits = new ArrayList<>();
        int[] counts = {22, 25, 30, 18, 27, 24, 60};
        for (int i = 0; i < counts.length; i++) {
            visits.add(activity(3 + i, "Visite " + i, ActivityCategory.VISITE, DAY, counts[i]));
        }

        assertThat(ActivityChecks.check(visits, START, END)).isEmpty();
    }
}
