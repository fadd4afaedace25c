package org.cloture.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloture.reconcile.Fixtures.activity;
import static org.cloture.reconcile.Fixtures.hours;
import static org.cloture.reconcile.Fixtures.member;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cloture.activity.Activity;
import org.cloture.activity.ActivityCategory;
import org.cloture.ledger.AccountBalance;
import org.cloture.ledger.TrialBalance;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.junit.jupiter.api.Test;

/** The register, the hours file and the activity log against the accounts, in totals (tolerance 0,00 €). */
class TotalsReconciliationTest {

    private static final LocalDate DAY = LocalDate.of(2023, 5, 13);

    @Test
    void registerFeesEqualToAccount756GiveNoFinding() {
        assertThat(FeeReconciliation.check(List.of(member(4, "A1", "Élise", "Martin", "30"),
                member(5, "A2", null, "Musée", "120")), ledger("756000", "150"))).isEmpty();
    }

    @Test
    void registerFeesDifferentFromAccount756AreReportedWithBothTotals() {
        List<Finding> findings = FeeReconciliation.check(List.of(member(4, "A1", "Élise", "Martin", "30")),
                ledger("756000", "30.01"));

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.check()).isEqualTo(CheckId.FEES_MISMATCH);
            assertThat(finding.message()).contains("30,00\u202F€", "30,01\u202F€");
        });
    }

    @Test
    void hoursTimesTheRateEqualToAccount875GiveNoFinding() {
        assertThat(VolunteerReconciliation.check(List.of(hours(3, "Élise", null, DAY, "3.5")), new BigDecimal("15.00"),
                ledger("875000", "52.50"))).isEmpty();
    }

    @Test
    void hoursTimesTheRateDifferentFromAccount875AreReported() {
        List<Finding> findings = VolunteerReconciliation.check(List.of(hours(3, "Élise", null, DAY, "3.5")),
                new BigDecimal("15.00"), ledger("875000", "50.00"));

        assertThat(findings).extracting(Finding::check).containsExactly(CheckId.VOLUNTEER_VALUATION_MISMATCH);
    }

    @Test
    void activityIncomeEqualToItsAccountGivesNoFindingAndADifferenceIsReported() {
        List<Activity> circuits = List.of(withIncome(activity(3, "Circuit", ActivityCategory.VISITE, DAY, 20), "120"),
                withIncome(activity(4, "Circuit 2", ActivityCategory.VISITE, DAY, 20), "80"));

        assertThat(ActivityIncomeReconciliation.check(circuits, ledger("706100", "200"))).isEmpty();
        assertThat(ActivityIncomeReconciliation.check(circuits, ledger("706100", "180")))
                .singleElement().satisfies(finding -> {
                    assertThat(finding.check()).isEqualTo(CheckId.ACTIVITY_INCOME_MISMATCH);
                    assertThat(finding.location().toString()).isEqualTo("activites.xlsx:Actions:3:Recettes");
                });
    }

    private static Activity withIncome(Activity activity, String income) {
        return new Activity(activity.date(), null, activity.title(), activity.category(), activity.rawCategory(),
                null, null, activity.participants(), null, new BigDecimal(income).setScale(2), null, "706100", false,
                activity.location());
    }

    /** A ledger where the account holds this credit balance against the bank. */
    private static TrialBalance ledger(String account, String credit) {
        BigDecimal amount = new BigDecimal(credit).setScale(2);
        return TrialBalance.fromBalances(List.of(
                new AccountBalance(account, null, "Compte", BigDecimal.ZERO.setScale(2), amount),
                new AccountBalance("512000", null, "Banque", amount, BigDecimal.ZERO.setScale(2))));
    }
}
