package org.cloture.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloture.statements.StatementEngineTest.balance;

import java.math.BigDecimal;
import java.util.List;
import org.cloture.ledger.AccountBalance;
import org.cloture.ledger.TrialBalance;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.Severity;
import org.junit.jupiter.api.Test;

/** One test per sign-dependent classification, per account check and per presentation rule of the layout. */
class StatementRulesTest {

    private final StatementEngine engine = new StatementEngine(StatementLayoutLoader.anc2018());

    private Statements compute(AccountBalance... balances) {
        return engine.compute(TrialBalance.fromBalances(List.of(balances)), null, List.of(), List.of());
    }

    @Test
    void aBankInDebitIsCash() {
        Statements s = compute(balance("512100", "300", "0"), balance("102", "0", "300"));
        assertThat(net(s.balanceSheet().assets(), "BA_DISPONIBILITES")).isEqualByComparingTo("300");
        assertThat(net(s.balanceSheet().liabilities(), "BP_DETTES_BANCAIRES")).isEqualByComparingTo("0");
    }

    @Test
    void aBankInCreditIsABankDebtNotNegativeCash() {
        Statements s = compute(balance("512100", "500", "0"), balance("512200", "0", "200"), balance("102", "0", "300"));
        assertThat(net(s.balanceSheet().assets(), "BA_DISPONIBILITES")).isEqualByComparingTo("500");
        assertThat(net(s.balanceSheet().liabilities(), "BP_DETTES_BANCAIRES")).isEqualByComparingTo("200");
        assertThat(s.balanceSheet().totalAssets()).isEqualByComparingTo(s.balanceSheet().totalLiabilities());
    }

    @Test
    void aSupplierInDebitIsAnOtherReceivable() {
        Statements s = compute(balance("401000", "120", "0"), balance("102", "0", "120"));
        assertThat(net(s.balanceSheet().assets(), "BA_AUTRES_CREANCES")).isEqualByComparingTo("120");
        assertThat(net(s.balanceSheet().liabilities(), "BP_FOURNISSEURS")).isEqualByComparingTo("0");
    }

    @Test
    void aMemberWhoPaidAheadIsADebtEvenWhen411IsInDebitOverall() {
        // 411 totals 250 in debit, but member M2 is 50 in credit: no netting of debtors against creditors.
        Statements s = compute(new AccountBalance("411000", "M1", "Usagers", amount("300"), amount("0")),
                new AccountBalance("411000", "M2", "Usagers", amount("0"), amount("50")),
                balance("102", "0", "250"));
        assertThat(net(s.balanceSheet().assets(), "BA_CREANCES_USAGERS")).isEqualByComparingTo("300");
        assertThat(net(s.balanceSheet().liabilities(), "BP_AUTRES_DETTES")).isEqualByComparingTo("50");
    }

    @Test
    void aTaxAccountInDebitIsAnOtherReceivable() {
        Statements s = compute(balance("445660", "80", "0"), balance("431000", "0", "30"), balance("102", "0", "50"));
        assertThat(net(s.balanceSheet().assets(), "BA_AUTRES_CREANCES")).isEqualByComparingTo("80");
        assertThat(net(s.balanceSheet().liabilities(), "BP_FISCALES_SOCIALES")).isEqualByComparingTo("30");
    }

    @Test
    void cashInCreditIsBlockingAndTheBilanStillBalances() {
        Statements s = compute(balance("530000", "0", "40"), balance("512000", "100", "0"), balance("102", "0", "60"));
        assertThat(s.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.check()).isEqualTo(CheckId.CASH_IN_CREDIT);
            assertThat(finding.isBlocking()).isTrue();
            assertThat(finding.value()).isEqualTo("530000");
            assertThat(finding.message()).contains("40,00\u202F€");
        });
        assertThat(s.balanceSheet().totalAssets()).isEqualByComparingTo(s.balanceSheet().totalLiabilities());
    }

    @Test
    void anUnmappedAccountOfClasses1To7IsBlocking() {
        for (String account : List.of("109000", "250000", "300000", "600000", "790000")) {
            List<Finding> findings = compute(balance(account, "10", "0"), balance("512000", "0", "10")).findings()
                    .stream().filter(f -> f.check() == CheckId.ACCOUNT_UNMAPPED).toList();
            assertThat(findings).as(account).extracting(Finding::value).contains(account);
            assertThat(findings).as(account).allMatch(f -> f.severity() == Severity.ERROR);
        }
    }

    @Test
    void aClass9AccountIsAWarningOnly() {
        List<Finding> findings = compute(balance("901000", "10", "0"), balance("902000", "0", "10")).findings();
        assertThat(findings).hasSize(2).allMatch(f -> f.check() == CheckId.ACCOUNT_UNMAPPED
                && f.severity() == Severity.WARNING);
    }

    @Test
    void anUnsplit754IsAWarningAndCountsAsDonsManuels() {
        Statements s = compute(balance("754000", "0", "900"), balance("512000", "900", "0"));
        assertThat(s.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.check()).isEqualTo(CheckId.DONATIONS_UNSPLIT);
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        });
        assertThat(amount(s, "CR_DONS")).isEqualByComparingTo("900");
    }

    @Test
    void aResultLeftIn120Or129IsAWarningShownOnItsOwnEquityLine() {
        Statements s = compute(balance("120000", "0", "700"), balance("512000", "700", "0"));
        assertThat(s.findings()).singleElement()
                .satisfies(finding -> assertThat(finding.check()).isEqualTo(CheckId.RESULT_NOT_ALLOCATED));
        assertThat(net(s.balanceSheet().liabilities(), "BP_RESULTAT_A_AFFECTER")).isEqualByComparingTo("700");
        assertThat(net(s.balanceSheet().liabilities(), "BP_RESULTAT")).isEqualByComparingTo("0");
    }

    @Test
    void detailLinesGiveOneLinePerFunderWithItsLabelAndSumToTheLine() {
        TrialBalance now = TrialBalance.fromBalances(List.of(
                new AccountBalance("741100", null, "Subvention DRAC", amount("0"), amount("1000")),
                new AccountBalance("741300", null, "Subvention Département du Nord", amount("0"), amount("2500")),
                balance("512000", "3500", "0")));
        TrialBalance before = TrialBalance.fromBalances(List.of(
                new AccountBalance("741100", null, "Subvention DRAC", amount("0"), amount("800")),
                balance("512000", "800", "0")));
        StatementLine line = line(engine.compute(now, before, List.of(), List.of()), "CR_SUBVENTIONS");

        assertThat(line.details()).extracting(StatementLine.Detail::account).containsExactly("741100", "741300");
        assertThat(line.details()).extracting(StatementLine.Detail::label)
                .containsExactly("Subvention DRAC", "Subvention Département du Nord");
        assertThat(line.details().get(1).previous()).isEqualByComparingTo("0");
        assertThat(line.details().stream().map(StatementLine.Detail::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(line.amount());
        assertThat(line.details().stream().map(StatementLine.Detail::previous).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(line.previous());
        assertThat(line(compute(balance("756000", "0", "10"), balance("512000", "10", "0")), "CR_COTISATIONS")
                .details()).isNull();
    }

    @Test
    void aDontLineShowsItsPartWithoutBeingAddedTwice() {
        Statements s = compute(balance("707300", "0", "300"), balance("707100", "0", "200"),
                balance("706300", "0", "50"), balance("512000", "550", "0"));
        assertThat(amount(s, "CR_VENTES_BIENS")).isEqualByComparingTo("500");
        assertThat(amount(s, "CR_VENTES_DONS_NATURE")).isEqualByComparingTo("300");
        assertThat(line(s, "CR_VENTES_DONS_NATURE").kind()).isEqualTo(StatementLine.Kind.PART);
        assertThat(amount(s, "CR_PRESTATIONS")).isEqualByComparingTo("50");
        assertThat(amount(s, "CR_PRESTATIONS_PARRAINAGES")).isEqualByComparingTo("50");
        assertThat(s.incomeStatement().total("operatingIncome")).isEqualByComparingTo("550");
        assertThat(s.incomeStatement().netResult()).isEqualByComparingTo("550");
    }

    @Test
    void inKindLinesCarryTheirBasis() {
        Statements s = engine.compute(TrialBalance.fromBalances(List.of(balance("512000", "0", "0"))), null,
                List.of(new AccountBalance("864", null, "902 h × 15,00 €", amount("13530"), amount("0")),
                        new AccountBalance("875", null, "902 h × 15,00 €", amount("0"), amount("13530"))), List.of());
        StatementLine volunteering = s.incomeStatement().inKindIncome().stream()
                .filter(l -> l.code().equals("CVN_BENEVOLAT")).findFirst().orElseThrow();
        assertThat(volunteering.amount()).isEqualByComparingTo("13530");
        assertThat(volunteering.basis()).isEqualTo("902 h × 15,00 €");
    }

    private static BigDecimal amount(String value) {
        return new BigDecimal(value).setScale(2);
    }

    private static StatementLine line(Statements s, String code) {
        return s.incomeStatement().lines().stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow();
    }

    private static BigDecimal amount(Statements s, String code) {
        return line(s, code).amount();
    }

    private static BigDecimal net(List<BalanceSheetLine> lines, String code) {
        return lines.stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow().net();
    }
}
