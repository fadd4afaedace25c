package org.cloture.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cloture.ledger.AccountBalance;
import org.cloture.ledger.TrialBalance;
import org.cloture.source.CheckId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every account of the associations' chart (statements/plan-comptable-associations.yml, from the regulation)
 * lands on exactly one line of each layout, contra accounts included, with a debit and with a credit balance.
 */
class ChartCoverageTest {

    static Stream<Arguments> layoutsAndCharts() {
        return Stream.of(
                Arguments.of(StatementLayoutLoader.ANC_2018_06, AccountChart.Period.ANC_2018_06),
                Arguments.of(StatementLayoutLoader.ANC_2025, AccountChart.Period.ANC_2025));
    }

    @ParameterizedTest
    @MethodSource("layoutsAndCharts")
    void everyAccountOfTheChartMapsToExactlyOneLine(String layout, AccountChart.Period period) {
        StatementEngine engine = new StatementEngine(StatementLayoutLoader.fromClasspath(layout));
        Map<String, String> chart = AccountChart.accounts(period);
        assertThat(chart).hasSizeGreaterThan(300);
        List<String> problems = new ArrayList<>();
        for (String account : chart.keySet()) {
            String number = account + "0".repeat(Math.max(0, 6 - account.length()));
            for (String side : List.of("débit", "crédit")) {
                BigDecimal amount = new BigDecimal("100.00");
                AccountBalance balance = side.equals("débit")
                        ? new AccountBalance(number, null, chart.get(account), amount, BigDecimal.ZERO.setScale(2))
                        : new AccountBalance(number, null, chart.get(account), BigDecimal.ZERO.setScale(2), amount);
                Statements statements = engine.compute(TrialBalance.fromBalances(List.of(balance)), null, List.of(),
                        List.of());
                List<String> lines = linesOf(statements, number);
                boolean unmapped = statements.findings().stream()
                        .anyMatch(finding -> finding.check() == CheckId.ACCOUNT_UNMAPPED);
                if (lines.size() != 1 || unmapped) {
                    problems.add(account + " (" + chart.get(account) + ", " + side + ") → " + lines);
                }
            }
        }
        assertThat(problems).as(layout).isEmpty();
    }

    /**
     * The accounts the review of the chart against the published association charts added or renumbered
     * (docs/chart-review.md) land on the line the regulation's model gives them, in both layouts.
     */
    @ParameterizedTest(name = "{0} in {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "196   | statements/anc-2018-06.yml | BP_FONDS_DEDIES",
            "196   | statements/anc-2025.yml    | BP_FONDS_DEDIES",
            "1912  | statements/anc-2018-06.yml | BP_FONDS_DEDIES",
            "6896  | statements/anc-2018-06.yml | CR_REPORTS_FD",
            "6896  | statements/anc-2025.yml    | CR_REPORTS_FD",
            "7896  | statements/anc-2018-06.yml | CR_UTILISATION_FD",
            "7891  | statements/anc-2025.yml    | CR_UTILISATION_FD",
            "1631  | statements/anc-2018-06.yml | BP_EMPRUNTS_OBLIGATAIRES",
            "1631  | statements/anc-2025.yml    | BP_EMPRUNTS_OBLIGATAIRES",
            "152   | statements/anc-2018-06.yml | BP_PROVISIONS",
            "204   | statements/anc-2018-06.yml | BA_INCORPORELLES",
            "24    | statements/anc-2025.yml    | BA_LEGS_A_CEDER",
            "730   | statements/anc-2018-06.yml | CR_SUBVENTIONS",
            "7552  | statements/anc-2025.yml    | CR_CONTRIBUTIONS",
            "75412 | statements/anc-2018-06.yml | CR_DONS",
            "6572  | statements/anc-2025.yml    | CR_AIDES",
            "6573  | statements/anc-2025.yml    | CR_AIDES",
            "1089  | statements/anc-2018-06.yml | BP_FP_CONSOMPTIBLES"})
    void aReviewedAccountLandsOnItsLine(String account, String layout, String line) {
        StatementEngine engine = new StatementEngine(StatementLayoutLoader.fromClasspath(layout));
        String number = account + "0".repeat(Math.max(0, 6 - account.length()));
        AccountBalance balance = new AccountBalance(number, null, account, BigDecimal.ZERO.setScale(2),
                new BigDecimal("100.00"));
        Statements statements = engine.compute(TrialBalance.fromBalances(List.of(balance)), null, List.of(),
                List.of());
        assertThat(linesOf(statements, number)).containsExactly(line);
    }

    /** The ordinary lines (not "dont" parts, not totals) that list the account. */
    private static List<String> linesOf(Statements statements, String account) {
        List<String> codes = new ArrayList<>();
        IncomeStatement income = statements.incomeStatement();
        Stream.of(income.lines(), income.inKindIncome(), income.inKindExpenses()).flatMap(List::stream)
                .filter(line -> line.kind() == StatementLine.Kind.LINE && line.accounts().contains(account))
                .forEach(line -> codes.add(line.code()));
        Stream.of(statements.balanceSheet().assets(), statements.balanceSheet().liabilities()).flatMap(List::stream)
                .filter(line -> line.kind() == BalanceSheetLine.Kind.LINE && line.accounts().contains(account))
                .forEach(line -> codes.add(line.code()));
        return codes;
    }
}
