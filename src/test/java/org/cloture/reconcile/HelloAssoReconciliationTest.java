package org.cloture.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloture.reconcile.Fixtures.END;
import static org.cloture.reconcile.Fixtures.START;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cloture.banking.BankStatementLine;
import org.cloture.ledger.LedgerLine;
import org.cloture.ledger.TrialBalance;
import org.cloture.platform.PlatformTotal;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.Severity;
import org.cloture.source.SourceLocation;
import org.junit.jupiter.api.Test;

/**
 * HelloAsso's payouts looked for on the bank statement and in 512, and its takings per kind of campaign against
 * the income accounts of reconcile/helloasso-income.yml: a triggering and a non-triggering test for each.
 */
class HelloAssoReconciliationTest {

    private static final String EXPORT = "2023/export-paiements.csv";

    // --- HELLOASSO_PAYOUT_UNMATCHED ------------------------------------------------------------------------

    @Test
    void aPayoutFoundOnTheStatementWithinAFewDaysIsFine() {
        List<Finding> findings = HelloAssoReconciliation.payouts(
                List.of(payout("2023-03-10", "245.00", 4, 5, 6)),
                List.of(statement(12, "2023-03-13", "245.00")), List.of(), START, END);

        assertThat(findings).isEmpty();
    }

    @Test
    void aPayoutBookedAsOneLineIn512IsFineWithoutAStatement() {
        List<Finding> findings = HelloAssoReconciliation.payouts(
                List.of(payout("2023-03-10", "245.00", 4, 5, 6), payout("2023-04-02", "80.00", 9)),
                List.of(), List.of(bank(30, "2023-03-10", "245.00"), bank(31, "2023-04-06", "80.00")), START, END);

        assertThat(findings).isEmpty();
    }

    @Test
    void aPayoutNeitherOnTheStatementNorIn512IsAWarningNamingItsHelloAssoRows() {
        List<Finding> findings = HelloAssoReconciliation.payouts(
                List.of(payout("2023-03-10", "245.00", 4, 5, 6), payout("2023-06-20", "120.00", 8, 11)),
                List.of(statement(12, "2023-03-11", "245.00")),
                // Booked payment by payment rather than as one transfer: 60 + 60 is not the 120,00 € payout.
                List.of(bank(30, "2023-03-10", "245.00"), bank(31, "2023-06-20", "60.00"), bank(32, "2023-06-20", "60.00")),
                START, END);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.check()).isEqualTo(CheckId.HELLOASSO_PAYOUT_UNMATCHED);
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.message()).contains("20/06/2023", "120,00", "2 paiement(s)",
                    "ni sur le relevé bancaire ni au 512", "± 5 jours");
            assertThat(finding.hint()).contains("une seule ligne au débit du 512");
            assertThat(finding.sources()).extracting(SourceLocation::row).containsExactly(8, 11);
            assertThat(finding.location().file()).isEqualTo(EXPORT);
        });
    }

    @Test
    void aPayoutOfTheRightAmountButTooFarInTimeIsNotFound() {
        List<Finding> findings = HelloAssoReconciliation.payouts(List.of(payout("2023-03-10", "245.00", 4)),
                List.of(statement(12, "2023-03-20", "245.00")), List.of(), START, END);

        assertThat(findings).singleElement().satisfies(finding ->
                assertThat(finding.message()).contains("introuvable sur le relevé bancaire"));
    }

    @Test
    void twoPayoutsOfTheSameAmountNeedTwoTransfers() {
        List<Finding> findings = HelloAssoReconciliation.payouts(
                List.of(payout("2023-05-02", "50.00", 3), payout("2023-05-04", "50.00", 7)),
                List.of(), List.of(bank(40, "2023-05-03", "50.00")), START, END);

        assertThat(findings).singleElement().satisfies(finding ->
                assertThat(finding.message()).contains("au 512"));
    }

    @Test
    void payoutsOutsideTheYearOrWithNothingToLookInAreNotChecked() {
        assertThat(HelloAssoReconciliation.payouts(List.of(payout("2024-01-03", "245.00", 4)), List.of(),
                List.of(bank(30, "2023-03-10", "10.00")), START, END)).isEmpty();
        assertThat(HelloAssoReconciliation.payouts(List.of(payout("2023-03-10", "245.00", 4)), List.of(), List.of(),
                START, END)).isEmpty();
    }

    // --- HELLOASSO_INCOME_NOT_BOOKED / BELOW_ACCOUNTS -------------------------------------------------------

    @Test
    void ticketsShopAndDonationsThatAgreeWithTheirAccountsGiveNoFinding() {
        List<Finding> findings = income(List.of(total("ticketing", "300.00", 2, 3), total("shop", "45.50", 4),
                        total("donation", "20.00", 5), total("crowdfunding", "100.00", 6)),
                TrialBalance.of(List.of(income(50, "706100", "300.00"), income(51, "707000", "45.50"),
                        income(52, "754100", "70.00"), income(53, "7541", "50.00"))), "0.00");

        assertThat(findings).isEmpty();
    }

    @Test
    void ticketsMissingFromTheAccountsAreAWarningNamingTheRowsAndTheAccounts() {
        List<Finding> findings = income(List.of(total("ticketing", "300.00", 2, 3), total("shop", "45.50", 4)),
                TrialBalance.of(List.of(income(50, "706100", "250.00"), income(51, "707000", "45.50"))), "0.00");

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.check()).isEqualTo(CheckId.HELLOASSO_INCOME_NOT_BOOKED);
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.message()).contains("billetterie", "300,00", "comptes 706", "250,00", "écart 50,00");
            assertThat(finding.sources()).extracting(SourceLocation::file, SourceLocation::row).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(EXPORT, 2), org.assertj.core.groups.Tuple.tuple(EXPORT, 3),
                    org.assertj.core.groups.Tuple.tuple("FEC.txt", 50));
        });
    }

    @Test
    void accountsHoldingMoreThanHelloAssoIsOnlyInformation() {
        List<Finding> findings = income(List.of(total("donation", "20.00", 5)),
                TrialBalance.of(List.of(income(52, "754100", "320.00"))), "0.00");

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.check()).isEqualTo(CheckId.HELLOASSO_INCOME_BELOW_ACCOUNTS);
            assertThat(finding.severity()).isEqualTo(Severity.INFO);
            assertThat(finding.message()).contains("dons", "300,00", "venus d'ailleurs");
        });
    }

    @Test
    void aDifferenceWithinTheToleranceIsNotReported() {
        List<TotalAndBalance> cases = List.of(new TotalAndBalance("300.00", "299.50"));
        for (TotalAndBalance c : cases) {
            assertThat(income(List.of(total("ticketing", c.total(), 2)),
                    TrialBalance.of(List.of(income(50, "706", c.booked()))), "0.50")).isEmpty();
            assertThat(income(List.of(total("ticketing", c.total(), 2)),
                    TrialBalance.of(List.of(income(50, "706", c.booked()))), "0.49")).hasSize(1);
        }
    }

    @Test
    void ordersCountOnlyWithoutAPaymentsExportAndMembershipsAreLeftTo756() {
        List<PlatformTotal> ordersOnly = List.of(total("orders", "64.20", 2, 3, 4));
        assertThat(income(ordersOnly, TrialBalance.of(List.of(income(50, "707", "64.20"))), "0.00")).isEmpty();
        assertThat(income(ordersOnly, TrialBalance.of(List.of()), "0.00")).singleElement()
                .satisfies(finding -> assertThat(finding.message()).contains("commandes", "706, 707"));

        List<PlatformTotal> both = List.of(total("orders", "64.20", 2), total("shop", "64.20", 9),
                total("membership", "500.00", 10));
        assertThat(income(both, TrialBalance.of(List.of(income(50, "707", "64.20"))), "0.00")).isEmpty();
    }

    private record TotalAndBalance(String total, String booked) {
    }

    private static List<Finding> income(List<PlatformTotal> totals, TrialBalance ledger, String tolerance) {
        List<LedgerLine> lines = new ArrayList<>();
        ledger.byAccount().forEach(balance -> lines.add(income(50, balance.account(), "0.00")));
        return HelloAssoReconciliation.income(totals, ledger,
                account -> lines.stream().filter(line -> line.account().startsWith(account)).toList(),
                new BigDecimal(tolerance));
    }

    private static PlatformTotal payout(String day, String amount, Integer... rows) {
        return new PlatformTotal("HelloAsso", PlatformTotal.PAYOUT, LocalDate.parse(day), new BigDecimal(amount),
                EXPORT, List.of(rows));
    }

    private static PlatformTotal total(String category, String amount, Integer... rows) {
        return new PlatformTotal("HelloAsso", category, null, new BigDecimal(amount), EXPORT, List.of(rows));
    }

    private static BankStatementLine statement(int row, String date, String amount) {
        return new BankStatementLine(null, LocalDate.parse(date), null, "VIR HELLOASSO", new BigDecimal(amount),
                null, null, SourceLocation.ofRow("2023/releve.csv", null, row));
    }

    private static LedgerLine bank(int row, String date, String amount) {
        BigDecimal value = new BigDecimal(amount);
        return new LedgerLine("BQ", "B" + row, LocalDate.parse(date), "512000", "Banque", null, "HelloAsso",
                value.max(BigDecimal.ZERO).setScale(2), value.negate().max(BigDecimal.ZERO).setScale(2),
                SourceLocation.ofRow("FEC.txt", null, row));
    }

    private static LedgerLine income(int row, String account, String amount) {
        return new LedgerLine("VT", "V" + row, LocalDate.of(2023, 6, 1), account, "Produits", null, "HelloAsso",
                BigDecimal.ZERO.setScale(2), new BigDecimal(amount).setScale(2),
                SourceLocation.ofRow("FEC.txt", null, row));
    }
}
