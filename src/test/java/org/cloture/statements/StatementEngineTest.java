package org.cloture.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.cloture.ledger.AccountBalance;
import org.cloture.ledger.TrialBalance;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.junit.jupiter.api.Test;

/** The worked example of the ANC 2018-06 reference (§8), computed by the engine from the layout file. */
class StatementEngineTest {

    private final StatementEngine engine = new StatementEngine(StatementLayoutLoader.anc2018());

    @Test
    void workedExampleGivesTheReferenceIncomeStatement() {
        Statements statements = engine.compute(workedExample(), null, List.of(), List.of());

        IncomeStatement income = statements.incomeStatement();
        assertThat(amount(income, "CR_COTISATIONS")).isEqualByComparingTo("4200");
        assertThat(amount(income, "CR_PRESTATIONS")).isEqualByComparingTo("2150");
        assertThat(amount(income, "CR_SUBVENTIONS")).isEqualByComparingTo("6000");
        assertThat(amount(income, "CR_DONS")).isEqualByComparingTo("1300");
        assertThat(income.total("operatingIncome")).isEqualByComparingTo("13650");
        assertThat(amount(income, "CR_CHARGES_EXTERNES")).isEqualByComparingTo("8300");
        assertThat(income.total("operatingExpenses")).isEqualByComparingTo("9700");
        assertThat(income.total("operatingResult")).isEqualByComparingTo("3950");
        assertThat(income.netResult()).isEqualByComparingTo("3950");
        assertThat(income.previousTotals()).isNull();
        assertThat(statements.findings()).isEmpty();
    }

    @Test
    void workedExampleGivesTheReferenceBalanceSheet() {
        BalanceSheet bilan = engine.compute(workedExample(), null, List.of(), List.of()).balanceSheet();

        assertThat(net(bilan.assets(), "BA_CORPORELLES")).isEqualByComparingTo("1600");
        assertThat(line(bilan.assets(), "BA_CORPORELLES").gross()).isEqualByComparingTo("2400");
        assertThat(line(bilan.assets(), "BA_CORPORELLES").depreciation()).isEqualByComparingTo("800");
        assertThat(net(bilan.assets(), "BA_CREANCES_USAGERS")).isEqualByComparingTo("350");
        assertThat(net(bilan.assets(), "BA_AUTRES_CREANCES")).isEqualByComparingTo("1500");
        assertThat(net(bilan.assets(), "BA_DISPONIBILITES")).isEqualByComparingTo("10270");
        assertThat(bilan.totalAssets()).isEqualByComparingTo("13720");
        assertThat(net(bilan.liabilities(), "BP_RESULTAT")).isEqualByComparingTo("3950");
        assertThat(net(bilan.liabilities(), "BP_DETTES_BANCAIRES")).isEqualByComparingTo("150");
        assertThat(net(bilan.liabilities(), "BP_FOURNISSEURS")).isEqualByComparingTo("420");
        assertThat(net(bilan.liabilities(), "BP_FONDS_DEDIES")).isEqualByComparingTo("1000");
        assertThat(bilan.totalLiabilities()).isEqualByComparingTo("13720");
    }

    @Test
    void aDeficitIsNegativeOnBothStatements() {
        List<AccountBalance> balances = new ArrayList<>(List.of(
                balance("5121", "1000", "0"), balance("102", "0", "1500"),
                balance("606", "700", "0"), balance("756", "0", "200")));
        Statements statements = engine.compute(TrialBalance.fromBalances(balances), null, List.of(), List.of());

        assertThat(statements.incomeStatement().netResult()).isEqualByComparingTo("-500");
        assertThat(statements.incomeStatement().total("operatingResult")).isEqualByComparingTo("-500");
        assertThat(statements.balanceSheet().result()).isEqualByComparingTo("-500");
        assertThat(statements.balanceSheet().totalAssets()).isEqualByComparingTo(statements.balanceSheet().totalLiabilities());
    }

    @Test
    void aBankInCreditIsADebtAndASupplierInDebitIsAReceivable() {
        TrialBalance trialBalance = TrialBalance.fromBalances(List.of(
                balance("5121", "0", "300"), balance("401", "120", "0"), balance("102", "0", "-180")));
        BalanceSheet bilan = engine.compute(trialBalance, null, List.of(), List.of()).balanceSheet();

        assertThat(net(bilan.liabilities(), "BP_DETTES_BANCAIRES")).isEqualByComparingTo("300");
        assertThat(net(bilan.assets(), "BA_AUTRES_CREANCES")).isEqualByComparingTo("120");
        assertThat(net(bilan.assets(), "BA_DISPONIBILITES")).isEqualByComparingTo("0");
    }

    @Test
    void anAccountOutsideTheLayoutIsABlockingFindingNeverDropped() {
        TrialBalance trialBalance = TrialBalance.fromBalances(List.of(
                balance("5121", "1234.56", "0"), balance("799", "0", "1234.56")));
        List<Finding> findings = engine.compute(trialBalance, null, List.of(), List.of()).findings();

        // 799 is in no chart of associations (the chart of the regulation is covered whole: ChartCoverageTest).
        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.check()).isEqualTo(CheckId.ACCOUNT_UNMAPPED);
            assertThat(finding.isBlocking()).isTrue();
            assertThat(finding.value()).isEqualTo("799");
            assertThat(finding.message()).contains("1\u202F234,56\u202F€ créditeur").doesNotContain("1234.56");
        });
    }

    @Test
    void longestPrefixWins() {
        TrialBalance trialBalance = TrialBalance.fromBalances(List.of(
                balance("657100", "100", "0"), balance("658000", "40", "0"), balance("5121", "0", "140")));
        IncomeStatement income = engine.compute(trialBalance, null, List.of(), List.of()).incomeStatement();

        assertThat(amount(income, "CR_AIDES")).isEqualByComparingTo("100");
        assertThat(amount(income, "CR_AUTRES_CHARGES")).isEqualByComparingTo("40");
    }

    @Test
    void inKindContributionsStayOutOfTheResult() {
        TrialBalance trialBalance = TrialBalance.fromBalances(List.of(
                balance("864", "3406", "0"), balance("875", "0", "3406")));
        IncomeStatement income = engine.compute(trialBalance, null,
                List.of(balance("861", "600", "0"), balance("871", "0", "600")), List.of()).incomeStatement();

        assertThat(income.netResult()).isEqualByComparingTo("0");
        assertThat(income.inKindIncomeTotal()).isEqualByComparingTo("4006");
        assertThat(income.inKindExpensesTotal()).isEqualByComparingTo("4006");
    }

    @Test
    void previousYearAppearsBesideTheCurrentOne() {
        TrialBalance previous = TrialBalance.fromBalances(List.of(balance("756", "0", "100"), balance("5121", "100", "0")));
        Statements statements = engine.compute(workedExample(), previous, List.of(), List.of());

        StatementLine fees = statements.incomeStatement().lines().stream()
                .filter(line -> line.code().equals("CR_COTISATIONS")).findFirst().orElseThrow();
        assertThat(fees.previous()).isEqualByComparingTo("100");
        assertThat(statements.incomeStatement().previousTotal("netResult")).isEqualByComparingTo("100");
        assertThat(statements.balanceSheet().previousTotalAssets()).isEqualByComparingTo("100");
        assertThat(statements.balanceSheet().previousTotalLiabilities()).isEqualByComparingTo("100");
    }

    static TrialBalance workedExample() {
        return TrialBalance.fromBalances(List.of(
                balance("102", "0", "5000"), balance("110", "0", "3200"),
                balance("2183", "2400", "0"), balance("28183", "0", "800"),
                balance("411", "350", "0"), balance("441", "1500", "0"), balance("401", "0", "420"),
                balance("194", "0", "1000"), balance("5121", "10270", "0"), balance("5122", "0", "150"),
                balance("706", "0", "2150"), balance("741", "0", "6000"), balance("7541", "0", "1300"),
                balance("756", "0", "4200"), balance("606", "2300", "0"), balance("613", "6000", "0"),
                balance("6811", "400", "0"), balance("6894", "1000", "0")));
    }

    static AccountBalance balance(String account, String debit, String credit) {
        return new AccountBalance(account, null, "Compte " + account,
                new BigDecimal(debit).setScale(2), new BigDecimal(credit).setScale(2));
    }

    private static BigDecimal amount(IncomeStatement income, String code) {
        return income.lines().stream().filter(line -> line.code().equals(code)).findFirst().orElseThrow().amount();
    }

    private static BalanceSheetLine line(List<BalanceSheetLine> lines, String code) {
        return lines.stream().filter(line -> line.code().equals(code)).findFirst().orElseThrow();
    }

    private static BigDecimal net(List<BalanceSheetLine> lines, String code) {
        return line(lines, code).net();
    }
}
