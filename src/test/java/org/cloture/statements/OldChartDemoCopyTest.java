package org.cloture.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cloture.ledger.TrialBalance;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.Severity;
import org.junit.jupiter.api.Test;

/**
 * The demo's 2025 FEC booked by mistake in the old chart (src/test/resources/demo-ancien-plan, written by the
 * demo generator): each old account is named with the one to use, its amount lands where the new model puts
 * it, and the result is the one of the FEC in the new chart.
 */
class OldChartDemoCopyTest {

    private static final Path OLD_CHART_2025 = Path.of("src/test/resources/demo-ancien-plan/900000001FEC20251231.txt");

    @Test
    void eachOldAccountOf2025IsNamedWithTheAccountToUse() throws IOException {
        Statements statements = compute(TrialBalance.of(GoldenStatementsTest.fecLines(OLD_CHART_2025)));

        Map<String, Finding> byAccount = statements.findings().stream()
                .filter(finding -> finding.check() == CheckId.ACCOUNT_OLD_MEANING)
                .collect(Collectors.toMap(Finding::value, finding -> finding));
        assertThat(byAccount).containsOnlyKeys("777000", "791000", "775000");
        assertThat(byAccount.get("777000").message()).contains("utilisez le compte 747",
                "« Concours publics et subventions d'exploitation »");
        assertThat(byAccount.get("775000").message()).contains("utilisez le compte 757", "« Autres produits »");
        assertThat(byAccount.get("791000").message()).contains("649", "7587", "« Autres produits »");
        assertThat(byAccount.values()).allMatch(finding -> finding.severity() == Severity.WARNING);
        assertThat(statements.findings()).noneMatch(Finding::isBlocking);
    }

    @Test
    void theOldAccountsLandOnTheLinesOfTheNewModelAndTheResultIsUnchanged() throws IOException {
        IncomeStatement old = compute(TrialBalance.of(GoldenStatementsTest.fecLines(OLD_CHART_2025))).incomeStatement();
        IncomeStatement now = compute(GoldenStatementsTest.fec(2025)).incomeStatement();

        // 777 with the grants as 747; 775 and 7587 in other income; nothing exceptional left.
        assertThat(line(old, "CR_SUBVENTIONS")).isEqualByComparingTo(line(now, "CR_SUBVENTIONS"));
        assertThat(line(old, "CR_PRODUITS_EXC")).isEqualByComparingTo("0");
        assertThat(line(old, "CR_REPRISES")).isEqualByComparingTo("0");
        // The sick-pay refunds booked in 791 cannot be netted against salaries by number alone: they stay in
        // income (other income), never dropped; the result is the same.
        assertThat(line(old, "CR_AUTRES_PRODUITS")).isEqualByComparingTo(line(now, "CR_AUTRES_PRODUITS").add(new BigDecimal("1560")));
        assertThat(line(old, "CR_SALAIRES")).isEqualByComparingTo(line(now, "CR_SALAIRES").add(new BigDecimal("1560")));
        assertThat(old.netResult()).isEqualByComparingTo(now.netResult()).isEqualByComparingTo("3415.08");
    }

    private static Statements compute(TrialBalance ledger) {
        return StatementLayouts.standard().forFiscalYearStart(LocalDate.of(2025, 1, 1))
                .compute(ledger, null, List.of(), List.of());
    }

    private static BigDecimal line(IncomeStatement income, String code) {
        return Anc2025PresentationTest.amount(income, code);
    }
}
