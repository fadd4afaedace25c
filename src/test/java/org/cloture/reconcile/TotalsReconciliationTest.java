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
import org.cloture.ledger.LedgerLine;
import org.cloture.membership.Member;
import org.cloture.source.SourceLocation;
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
                member(5, "A2", null, "Musée", "120")), ledger("756000", "150"), List.of())).isEmpty();
    }

    @Test
    void registerFeesDifferentFromAccount756AreReportedWithBothTotals() {
        List<Finding> findings = FeeReconciliation.check(List.of(member(4, "A1", "Élise", "Martin", "30"),
                member(5, "A2", null, "Musée", null)), ledger("756000", "30.01"), List.of(line(12, "756000", "30.01")));

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.check()).isEqualTo(CheckId.FEES_MISMATCH);
            assertThat(finding.message()).contains("30,00\u202F€", "30,01\u202F€");
            // Every row behind the two totals: the register's rows with a fee and the lines of 756.
            assertThat(finding.sources()).extracting(SourceLocation::toString)
                    .containsExactly("adherents.xlsx:Adhérents:4:Cotisation", "FEC.txt:12");
        });
    }

    @Test
    void aDifferenceWithinTheToleranceOfAssociationYmlIsNotReported() {
        List<Member> members = List.of(member(4, "A1", "Élise", "Martin", "30"));

        assertThat(FeeReconciliation.check(members, ledger("756000", "31.00"), List.of(), new BigDecimal("1.00")))
                .isEmpty();
        assertThat(FeeReconciliation.check(members, ledger("756000", "31.01"), List.of(), new BigDecimal("1.00")))
                .extracting(Finding::check).containsExactly(CheckId.FEES_MISMATCH);
    }

    @Test
    void hoursTimesTheRateEqualToAccount875GiveNoFinding() {
        assertThat(VolunteerReconciliation.check(List.of(hours(3, "Élise", null, DAY, "3.5")), new BigDecimal("15.00"),
                ledger("875000", "52.50"), List.of())).isEmpty();
    }

    @Test
    void hoursTimesTheRateDifferentFromAccount875AreReported() {
        List<Finding> findings = VolunteerReconciliation.check(List.of(hours(3, "Élise", null, DAY, "3.5"),
                        hours(4, "Jean", null, DAY, "1")),
                new BigDecimal("15.00"), ledger("875000", "50.00"), List.of(line(40, "875000", "50.00")));

        assertThat(findings).extracting(Finding::check).containsExactly(CheckId.VOLUNTEER_VALUATION_MISMATCH);
        assertThat(findings.get(0).sources()).extracting(location -> location.row())
                .containsExactly(3, 4, 40);
    }

    @Test
    void activityIncomeEqualToItsAccountGivesNoFindingAndADifferenceIsReported() {
        List<Activity> circuits = List.of(withIncome(activity(3, "Circuit", ActivityCategory.VISITE, DAY, 20), "120"),
                withIncome(activity(4, "Circuit 2", ActivityCategory.VISITE, DAY, 20), "80"));

        assertThat(ActivityIncomeReconciliation.check(circuits, ledger("706100", "200"), account -> List.of()))
                .isEmpty();
        assertThat(ActivityIncomeReconciliation.check(circuits, ledger("706100", "180"),
                account -> List.of(line(30, account, "180"))))
                .singleElement().satisfies(finding -> {
                    assertThat(finding.check()).isEqualTo(CheckId.ACTIVITY_INCOME_MISMATCH);
                    assertThat(finding.location().toString()).isEqualTo("activites.xlsx:Actions:3:Recettes");
                    assertThat(finding.sources()).extracting(SourceLocation::toString).containsExactly(
                            "activites.xlsx:Actions:3:Recettes", "activites.xlsx:Actions:4", "FEC.txt:30");
                });
    }

    private static Activity withIncome(Activity activity, String income) {
        return new Activity(activity.date(), null, activity.title(), activity.category(), activity.rawCategory(),
                null, null, activity.participants(), null, new BigDecimal(income).setScale(2), null, "706100", false,
                activity.location());
    }

    /** A credit line of the FEC on that account. */
    private static LedgerLine line(int row, String account, String credit) {
        return new LedgerLine("VE", "1", DAY, account, "Compte", null, "Libellé", BigDecimal.ZERO.setScale(2),
                new BigDecimal(credit).setScale(2), SourceLocation.ofRow("FEC.txt", null, row));
    }

    /** A ledger where the account holds this credit balance against the bank. */
    private static TrialBalance ledger(String account, String credit) {
        BigDecimal amount = new BigDecimal(credit).setScale(2);
        return TrialBalance.fromBalances(List.of(
                new AccountBalance(account, null, "Compte", BigDecimal.ZERO.setScale(2), amount),
                new AccountBalance("512000", null, "Banque", amount, BigDecimal.ZERO.setScale(2))));
    }
}
