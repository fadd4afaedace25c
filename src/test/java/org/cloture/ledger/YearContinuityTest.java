package org.cloture.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.junit.jupiter.api.Test;

/** À-nouveaux of N against the closing of N-1, and à-nouveaux derived when the FEC has none. */
class YearContinuityTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);

    /** N-1: bank 1 000, funds 700, supplier 100, result 200 (income 500 − expenses 300). */
    private static TrialBalance previous() {
        return TrialBalance.of(List.of(
                line("AN", "1", "2022-01-01", "102000", "0", "700"),
                line("AN", "1", "2022-01-01", "512000", "700", "0"),
                line("BQ", "2", "2022-03-01", "512000", "500", "0"),
                line("BQ", "2", "2022-03-01", "756000", "0", "500"),
                line("HA", "3", "2022-04-01", "606000", "300", "0"),
                line("HA", "3", "2022-04-01", "401000", "0", "300"),
                line("BQ", "4", "2022-05-01", "401000", "200", "0"),
                line("BQ", "4", "2022-05-01", "512000", "0", "200")));
    }

    /** The opening of 2023 that matches {@link #previous()}: bank 1 000 = funds 700 + supplier 100 + result 200. */
    private static List<LedgerLine> matchingOpening(String journal) {
        return List.of(
                line(journal, "1", "2023-01-01", "102000", "0", "700"),
                line(journal, "1", "2023-01-01", "120000", "0", "200"),
                line(journal, "1", "2023-01-01", "401000", "0", "100"),
                line(journal, "1", "2023-01-01", "512000", "1000", "0"));
    }

    private static List<LedgerLine> year(List<LedgerLine> opening) {
        List<LedgerLine> lines = new ArrayList<>(opening);
        lines.add(line("BQ", "2", "2023-02-01", "512000", "50", "0"));
        lines.add(line("BQ", "2", "2023-02-01", "756000", "0", "50"));
        return lines;
    }

    @Test
    void anOpeningEqualToThePreviousClosingGivesNoFinding() {
        YearContinuity.Outcome outcome = YearContinuity.check(year(matchingOpening("AN")), previous(), FIRST_DAY, 2023);

        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.derived()).isFalse();
    }

    @Test
    void anOpeningBookedAccountByAccountAgainst890InAnyJournalIsRecognised() {
        List<LedgerLine> opening = List.of(
                line("OD", "A1", "2023-01-01", "102000", "0", "700"), line("OD", "A1", "2023-01-01", "890000", "700", "0"),
                line("OD", "A2", "2023-01-01", "120000", "0", "200"), line("OD", "A2", "2023-01-01", "890000", "200", "0"),
                line("OD", "A3", "2023-01-01", "401000", "0", "100"), line("OD", "A3", "2023-01-01", "890000", "100", "0"),
                line("OD", "A4", "2023-01-01", "512000", "1000", "0"), line("OD", "A4", "2023-01-01", "890000", "0", "1000"),
                // the same day, a supplier paid: balance-sheet accounts only, but neither class 1 nor 89
                line("OD", "B1", "2023-01-01", "401000", "100", "0"), line("OD", "B1", "2023-01-01", "512000", "0", "100"));

        assertThat(YearContinuity.check(year(opening), previous(), FIRST_DAY, 2023).findings()).isEmpty();
        assertThat(OpeningEntries.select(year(opening), FIRST_DAY)).hasSize(8);
    }

    @Test
    void anOpeningBookedInAnOrdinaryJournalOnTheFirstDayIsRecognised() {
        assertThat(YearContinuity.check(year(matchingOpening("OD")), previous(), FIRST_DAY, 2023).findings()).isEmpty();
        assertThat(OpeningEntries.select(year(matchingOpening("OD")), FIRST_DAY)).hasSize(4);
    }

    @Test
    void aSupplierPaidOnTheFirstDayIsNotAnOpening() {
        List<LedgerLine> lines = new ArrayList<>(year(matchingOpening("AN")));
        lines.add(line("BQ", "9", "2023-01-01", "401000", "100", "0"));
        lines.add(line("BQ", "9", "2023-01-01", "512000", "0", "100"));

        assertThat(YearContinuity.check(lines, previous(), FIRST_DAY, 2023).findings()).isEmpty();
    }

    @Test
    void anAccountThatDiffersIsABlockingFindingNamingBothAmounts() {
        List<LedgerLine> opening = new ArrayList<>(matchingOpening("AN"));
        opening.set(3, line("AN", "1", "2023-01-01", "512000", "900", "0"));
        opening.add(line("AN", "1", "2023-01-01", "110000", "100", "0"));

        List<Finding> findings = YearContinuity.check(year(opening), previous(), FIRST_DAY, 2023).findings();

        assertThat(findings).extracting(Finding::value).containsExactly("110000", "512000");
        Finding bank = findings.get(1);
        assertThat(bank.check()).isEqualTo(CheckId.OPENING_BALANCE_MISMATCH);
        assertThat(bank.isBlocking()).isTrue();
        assertThat(bank.message()).contains("512000", "900,00\u202F€ au débit", "1\u202F000,00\u202F€ au débit", "2023", "2022");
    }

    @Test
    void anAccountMissingFromTheOpeningIsABlockingFinding() {
        List<LedgerLine> opening = new ArrayList<>(matchingOpening("AN"));
        opening.remove(2);
        opening.add(line("AN", "1", "2023-01-01", "110000", "0", "100"));

        List<Finding> findings = YearContinuity.check(year(opening), previous(), FIRST_DAY, 2023).findings();

        assertThat(findings).extracting(Finding::value).containsExactly("110000", "401000");
        assertThat(findings.get(1).message()).contains("0,00\u202F€", "100,00\u202F€ au crédit");
        assertThat(findings).allMatch(Finding::isBlocking);
    }

    @Test
    void aResultNotCarriedTo120Or129IsABlockingFinding() {
        List<LedgerLine> opening = new ArrayList<>(matchingOpening("AN"));
        opening.set(1, line("AN", "1", "2023-01-01", "110000", "0", "200"));

        List<Finding> findings = YearContinuity.check(year(opening), previous(), FIRST_DAY, 2023).findings();

        assertThat(findings).extracting(Finding::check)
                .containsExactlyInAnyOrder(CheckId.OPENING_BALANCE_MISMATCH, CheckId.OPENING_RESULT_NOT_CARRIED);
        Finding result = findings.stream().filter(f -> f.check() == CheckId.OPENING_RESULT_NOT_CARRIED).findFirst()
                .orElseThrow();
        assertThat(result.value()).isEqualTo("120/129");
        assertThat(result.message()).contains("200,00\u202F€", "2022", "0,00\u202F€");
        assertThat(result.isBlocking()).isTrue();
    }

    @Test
    void aResultOpenedIn129InsteadOf120IsComparedTogether() {
        // 120 and 129 compared as one: a surplus split over both still nets to the closing result.
        List<LedgerLine> opening = new ArrayList<>(matchingOpening("AN"));
        opening.set(1, line("AN", "1", "2023-01-01", "120000", "0", "250"));
        opening.add(line("AN", "1", "2023-01-01", "129000", "50", "0"));

        assertThat(YearContinuity.check(year(opening), previous(), FIRST_DAY, 2023).findings()).isEmpty();
    }

    @Test
    void withoutÀNouveauxTheOpeningIsDerivedFromThePreviousClosing() {
        YearContinuity.Outcome outcome = YearContinuity.check(year(List.of()), previous(), FIRST_DAY, 2023);

        assertThat(outcome.derived()).isTrue();
        assertThat(outcome.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.check()).isEqualTo(CheckId.OPENING_BALANCES_DERIVED);
            assertThat(finding.isBlocking()).isFalse();
            assertThat(finding.message()).contains("2023", "2022", "200,00\u202F€", "120");
        });
        TrialBalance opened = TrialBalance.of(outcome.lines());
        assertThat(opened.balanceOf("512")).isEqualByComparingTo("1050");
        assertThat(opened.balanceOf("102")).isEqualByComparingTo("-700");
        assertThat(opened.balanceOf("401")).isEqualByComparingTo("-100");
        assertThat(opened.balanceOf("120")).isEqualByComparingTo("-200");
        assertThat(opened.totalDebit()).isEqualByComparingTo(opened.totalCredit());
        // Derived lines are themselves recognised as an opening, so a re-check finds nothing.
        assertThat(YearContinuity.check(outcome.lines(), previous(), FIRST_DAY, 2023).findings()).isEmpty();
    }

    @Test
    void aDeficitIsCarriedTo129() {
        TrialBalance deficit = TrialBalance.of(List.of(
                line("BQ", "1", "2022-03-01", "606000", "80", "0"),
                line("BQ", "1", "2022-03-01", "512000", "0", "80")));

        TrialBalance opened = TrialBalance.of(YearContinuity.check(year(List.of()), deficit, FIRST_DAY, 2023).lines());

        assertThat(opened.balanceOf("129")).isEqualByComparingTo("80");
    }

    @Test
    void nothingIsComparedWithoutThePreviousYear() {
        assertThat(YearContinuity.check(year(List.of()), null, FIRST_DAY, 2023).findings()).isEmpty();
    }

    static LedgerLine line(String journal, String entry, String date, String account, String debit, String credit) {
        return new LedgerLine(journal, entry, LocalDate.parse(date), account, "Compte " + account, null, "libellé",
                new BigDecimal(debit).setScale(2), new BigDecimal(credit).setScale(2), null);
    }
}
