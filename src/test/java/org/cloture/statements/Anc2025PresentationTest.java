package org.cloture.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.cloture.ledger.AccountBalance;
import org.cloture.ledger.TrialBalance;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.junit.jupiter.api.Test;

/**
 * The presentation of fiscal years opened from 2025 (ANC 2018-06 amended after ANC 2022-06): chosen by the
 * opening date, the worked example of the reference (anc-2025.md §5) in both presentations, and the first
 * year's restated N-1 column.
 */
class Anc2025PresentationTest {

    private static final StatementLayouts LAYOUTS = StatementLayouts.standard();

    @Test
    void theLayoutIsChosenByTheOpeningDateOfTheFiscalYear() {
        assertThat(LAYOUTS.layoutFor(LocalDate.of(2024, 1, 1)).name()).isEqualTo(StatementLayoutLoader.ANC_2018_06);
        assertThat(LAYOUTS.layoutFor(LocalDate.of(2024, 12, 31)).name()).isEqualTo(StatementLayoutLoader.ANC_2018_06);
        // A year 2024-07-01 → 2025-06-30 closes in 2025 but opened under the old rules.
        assertThat(LAYOUTS.layoutFor(LocalDate.of(2024, 7, 1)).name()).isEqualTo(StatementLayoutLoader.ANC_2018_06);
        assertThat(LAYOUTS.layoutFor(LocalDate.of(2025, 1, 1)).name()).isEqualTo(StatementLayoutLoader.ANC_2025);
        assertThat(LAYOUTS.layoutFor(LocalDate.of(2025, 7, 1)).name()).isEqualTo(StatementLayoutLoader.ANC_2025);
        assertThat(LAYOUTS.layoutFor(LocalDate.of(2026, 1, 1)).name()).isEqualTo(StatementLayoutLoader.ANC_2025);
        // Before the first layout applies, the first one is still the nearest.
        assertThat(LAYOUTS.layoutFor(LocalDate.of(2019, 1, 1)).name()).isEqualTo(StatementLayoutLoader.ANC_2018_06);
    }

    /** anc-2025.md §5: the balances of a 2025 year. */
    static TrialBalance workedExample2025() {
        return TrialBalance.fromBalances(List.of(
                credit("756", "12000"), credit("706", "8000"), credit("741", "15000"), credit("747", "1000"),
                credit("7587", "1200"), credit("757", "1500"), debit("6132", "6000"), debit("641", "24000"),
                debit("652", "900"), credit("768", "300"), debit("512", "29200")));
    }

    /** The same data booked in the old chart (747 → 777, 757 → 775, 652 → 675, 7587 → 791). */
    static TrialBalance workedExampleOldChart() {
        return TrialBalance.fromBalances(List.of(
                credit("756", "12000"), credit("706", "8000"), credit("741", "15000"), credit("777", "1000"),
                credit("791", "1200"), credit("775", "1500"), debit("6132", "6000"), debit("641", "24000"),
                debit("675", "900"), credit("768", "300"), debit("512", "29200")));
    }

    @Test
    void workedExampleOf2025GivesTheReferenceIncomeStatement() {
        IncomeStatement income = new StatementEngine(StatementLayoutLoader.anc2025())
                .compute(workedExample2025(), null, List.of(), List.of()).incomeStatement();

        assertThat(amount(income, "CR_COTISATIONS")).isEqualByComparingTo("12000");
        assertThat(amount(income, "CR_PRESTATIONS")).isEqualByComparingTo("8000");
        assertThat(amount(income, "CR_SUBVENTIONS")).isEqualByComparingTo("16000");
        assertThat(amount(income, "CR_AUTRES_PRODUITS")).isEqualByComparingTo("2700");
        assertThat(income.total("operatingIncome")).isEqualByComparingTo("38700");
        assertThat(amount(income, "CR_CHARGES_EXTERNES")).isEqualByComparingTo("6000");
        assertThat(amount(income, "CR_SALAIRES")).isEqualByComparingTo("24000");
        assertThat(amount(income, "CR_AUTRES_CHARGES")).isEqualByComparingTo("900");
        assertThat(income.total("operatingExpenses")).isEqualByComparingTo("30900");
        assertThat(income.total("operatingResult")).isEqualByComparingTo("7800");
        assertThat(income.total("financialResult")).isEqualByComparingTo("300");
        assertThat(income.total("currentResult")).isEqualByComparingTo("8100");
        assertThat(income.total("exceptionalResult")).isEqualByComparingTo("0");
        assertThat(income.netResult()).isEqualByComparingTo("8100");
    }

    @Test
    void workedExampleInTheOldPresentationSplitsTheSameSurplusDifferently() {
        IncomeStatement income = new StatementEngine(StatementLayoutLoader.anc2018())
                .compute(workedExampleOldChart(), null, List.of(), List.of()).incomeStatement();

        assertThat(income.total("operatingIncome")).isEqualByComparingTo("36200");
        assertThat(income.total("operatingExpenses")).isEqualByComparingTo("30000");
        assertThat(income.total("operatingResult")).isEqualByComparingTo("6200");
        assertThat(income.total("financialResult")).isEqualByComparingTo("300");
        assertThat(income.total("exceptionalResult")).isEqualByComparingTo("1600");
        assertThat(income.netResult()).isEqualByComparingTo("8100");
    }

    @Test
    void theFirstYearShowsItsPreviousYearRestatedIntoTheNewPresentation() {
        Statements statements = LAYOUTS.compute(2025, LocalDate.of(2025, 1, 1), workedExample2025(), List.of(),
                LocalDate.of(2024, 1, 1), workedExampleOldChart(), List.of());

        IncomeStatement income = statements.incomeStatement();
        // The 2024 column follows the 2025 lines: 777 with the grants, 775 and 791 in other income, 675 in
        // other charges; the operating result of 2024 restated is the one of the new model.
        assertThat(previous(income, "CR_SUBVENTIONS")).isEqualByComparingTo("16000");
        assertThat(previous(income, "CR_AUTRES_PRODUITS")).isEqualByComparingTo("2700");
        assertThat(previous(income, "CR_AUTRES_CHARGES")).isEqualByComparingTo("900");
        assertThat(previous(income, "CR_PRODUITS_EXC")).isEqualByComparingTo("0");
        assertThat(previous(income, "CR_REPRISES")).isEqualByComparingTo("0");
        assertThat(income.previousTotal("operatingResult")).isEqualByComparingTo("7800");
        assertThat(income.previousTotal("exceptionalResult")).isEqualByComparingTo("0");
        assertThat(income.previousTotal("netResult")).isEqualByComparingTo("8100");
        assertThat(income.previousTotal("totalIncome")).isEqualByComparingTo("39000");
        assertThat(income.previousTotal("totalExpenses")).isEqualByComparingTo("30900");

        ComparativeRestatement note = statements.comparative();
        assertThat(note.previousYear()).isEqualTo(2024);
        assertThat(note.fromPublished()).isFalse();
        assertThat(note.moves()).extracting(ComparativeRestatement.Move::oldAccount, ComparativeRestatement.Move::newAccount,
                ComparativeRestatement.Move::newLine).containsExactly(
                org.assertj.core.groups.Tuple.tuple("675", "652", "Autres charges"),
                org.assertj.core.groups.Tuple.tuple("775", "757", "Autres produits"),
                org.assertj.core.groups.Tuple.tuple("777", "747", "Concours publics et subventions d'exploitation"),
                org.assertj.core.groups.Tuple.tuple("791", "7588", "Autres produits"));
        assertThat(note.summary()).contains("2024", "retraités", "777 → 747", "sans modifier le total des produits");
        assertThat(statements.presentation().name()).isEqualTo(StatementLayoutLoader.ANC_2025);
        assertThat(statements.findings()).extracting(Finding::check)
                .contains(CheckId.COMPARATIVE_RESTATED, CheckId.COMPARATIVE_FALLBACK)
                .doesNotContain(CheckId.ACCOUNT_UNMAPPED, CheckId.ACCOUNT_OLD_MEANING);
        assertThat(statements.findings()).filteredOn(finding -> finding.check() == CheckId.COMPARATIVE_FALLBACK)
                .singleElement().satisfies(finding -> assertThat(finding.message()).contains("791", "Autres produits"));
    }

    @Test
    void twoYearsInTheSamePresentationAreNotRestated() {
        Statements statements = LAYOUTS.compute(2026, LocalDate.of(2026, 1, 1), workedExample2025(), List.of(),
                LocalDate.of(2025, 1, 1), workedExample2025(), List.of());
        assertThat(statements.comparative()).isNull();
        assertThat(statements.findings()).isEmpty();
    }

    @Test
    void publishedStatementsOfAnOldYearAreShownAsPublishedAndSaidSo() {
        Statements statements = LAYOUTS.compute(2025, LocalDate.of(2025, 1, 1), workedExample2025(), List.of(),
                LocalDate.of(2024, 1, 1), java.util.Map.of("CR_COTISATIONS", new BigDecimal("11000.00")));
        assertThat(statements.comparative().fromPublished()).isTrue();
        assertThat(statements.comparative().summary()).contains("reprend les comptes publiés", "pas pu être retraitée");
        assertThat(statements.findings()).extracting(Finding::check).containsExactly(CheckId.PUBLISHED_NOT_RESTATED);
        assertThat(previous(statements.incomeStatement(), "CR_COTISATIONS")).isEqualByComparingTo("11000");
    }

    static BigDecimal amount(IncomeStatement income, String code) {
        return income.lines().stream().filter(line -> line.code().equals(code)).findFirst().orElseThrow().amount();
    }

    static BigDecimal previous(IncomeStatement income, String code) {
        return income.lines().stream().filter(line -> line.code().equals(code)).findFirst().orElseThrow().previous();
    }

    static AccountBalance debit(String account, String amount) {
        return new AccountBalance(account, null, "Compte " + account, new BigDecimal(amount).setScale(2),
                BigDecimal.ZERO.setScale(2));
    }

    static AccountBalance credit(String account, String amount) {
        return new AccountBalance(account, null, "Compte " + account, BigDecimal.ZERO.setScale(2),
                new BigDecimal(amount).setScale(2));
    }
}
