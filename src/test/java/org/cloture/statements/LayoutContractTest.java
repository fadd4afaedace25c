package org.cloture.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cloture.statements.annex.AnnexBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the rest of Clôture relies on in every shipped layout: the totals the key figures, the JSON and the
 * evolution read, the bilan lines of the annexe, the lines whose details may name people, and a renumbering
 * table whose targets are lines of the layout itself.
 */
class LayoutContractTest {

    @ParameterizedTest
    @ValueSource(strings = {StatementLayoutLoader.ANC_2018_06, StatementLayoutLoader.ANC_2025})
    void everyLayoutHasWhatTheReportsRead(String resource) {
        StatementLayout layout = StatementLayoutLoader.fromClasspath(resource);
        List<String> totals = new ArrayList<>();
        layout.incomeGroups().forEach(group -> totals.add(group.code()));
        layout.results().forEach(result -> totals.add(result.code()));
        assertThat(totals).contains("operatingIncome", "operatingExpenses", "operatingResult", "financialResult",
                "exceptionalResult", "incomeTax", "totalIncome", "totalExpenses", "netResult");

        List<String> bilan = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (List<StatementLayout.BalanceGroup> side : List.of(layout.assets(), layout.liabilities())) {
            side.forEach(group -> {
                groups.add(group.code());
                group.lines().forEach(line -> bilan.add(line.code()));
            });
        }
        assertThat(bilan).containsAll(AnnexBuilder.RECEIVABLE_LINES)
                .contains(AnnexBuilder.DEDICATED_FUNDS_LINE, "BA_DISPONIBILITES", "BP_DETTES_BANCAIRES");
        assertThat(groups).contains(AnnexBuilder.DEBTS_GROUP, AnnexBuilder.FIXED_ASSETS_GROUP, "equity");
        assertThat(layout.linesNamingPeople()).isEqualTo(Set.of("CR_DONS", "CR_LEGS"));
        assertThat(layout.title()).isNotBlank();
    }

    @org.junit.jupiter.api.Test
    void everyRenumberedAccountLandsOnALineOfTheNewLayout() {
        StatementEngine engine = new StatementEngine(StatementLayoutLoader.anc2025());
        for (AccountRenumbering.Rule rule : engine.layout().renumbering().rules()) {
            assertThat(engine.incomeLineOf(rule.newAccount())).as(rule.oldPrefix() + " → " + rule.newAccount())
                    .isPresent();
            assertThat(rule.newAccount().charAt(0)).as("same class").isEqualTo(rule.oldPrefix().charAt(0));
        }
    }
}
