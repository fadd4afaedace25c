package org.cloture.statements.annex;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.cloture.config.AssociationConfig;
import org.cloture.config.AssociationConfigLoader;
import org.cloture.ingest.DropFolderIngest;
import org.cloture.ledger.TrialBalance;
import org.cloture.statements.StatementEngine;
import org.cloture.statements.StatementLayoutLoader;
import org.cloture.statements.Statements;
import org.cloture.statements.evolution.YearSummaries;
import org.cloture.statements.evolution.YearSummary;
import org.cloture.store.JdbcStagingStore;
import org.cloture.store.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The annexe and the evolution on the demo association shipped in input/ (2022 and 2023). */
class DemoAnnexTest {

    private static final Path INPUT = Path.of("input");
    private static final StatementEngine ENGINE = new StatementEngine(StatementLayoutLoader.anc2018());
    private static final AnnexBuilder BUILDER = new AnnexBuilder(StatementLayoutLoader.anc2018());

    private static JdbcStagingStore store;
    private static AssociationConfig config;

    @BeforeAll
    static void loadTheDemo() {
        store = TestDatabase.store(TestDatabase.create());
        config = AssociationConfigLoader.load(INPUT).config();
        DropFolderIngest ingest = new DropFolderIngest(store.loads());
        ingest.ingestYear(INPUT, 2022, config);
        ingest.ingestYear(INPUT, 2023, config);
    }

    private static Annex annex(int year, TrialBalance trialBalance) {
        MovementCollector collector = new MovementCollector(config.fiscalYearStartOf(year));
        store.ledger().forEachLedgerLine(year, collector);
        return BUILDER.build(trialBalance, collector.movements(), store.ledger().auxiliaryLabels(year));
    }

    @Test
    void everyAnnexTotalEqualsItsBilanLinesInBothYears() {
        for (int year : List.of(2022, 2023)) {
            TrialBalance trialBalance = TrialBalance.of(store.ledger().ledgerLines(year));
            Statements statements = ENGINE.compute(trialBalance, null, List.of(), List.of());
            AnnexTotals.assertMatchesBilan(annex(year, trialBalance), statements.balanceSheet());
        }
    }

    @Test
    void theDemoHasEveryKindOfTable() {
        Annex annex = annex(2023, TrialBalance.of(store.ledger().ledgerLines(2023)));

        assertThat(annex.receivables().isEmpty()).isFalse();
        assertThat(annex.debts().isEmpty()).isFalse();
        MovementRow equipment = annex.fixedAssets().rows().get(0);
        assertThat(equipment.account()).isEqualTo("218300");
        assertThat(equipment.opening()).isEqualByComparingTo("11400.00");
        assertThat(annex.depreciation().rows().get(0).opening()).isEqualByComparingTo("8300.00");
        assertThat(annex.dedicatedFunds().isEmpty()).isFalse();
    }

    @Test
    void theEvolutionGivesEachYearsResultEquityAndTreasury() {
        List<YearSummary> evolution = List.of(2022, 2023).stream().map(year -> {
            TrialBalance trialBalance = TrialBalance.of(store.ledger().ledgerLines(year));
            Statements statements = ENGINE.compute(trialBalance, null, List.of(), List.of());
            return YearSummaries.of(year, statements, BUILDER.build(trialBalance).debts());
        }).toList();

        assertThat(evolution).extracting(YearSummary::year).containsExactly(2022, 2023);
        assertThat(evolution.get(0).result()).isEqualByComparingTo("3186.42");
        assertThat(evolution.get(1).result()).isEqualByComparingTo("-4275.18");
        assertThat(evolution.get(1).totalIncome()).isEqualByComparingTo("263883.50");
        for (YearSummary year : evolution) {
            assertThat(year.result()).isEqualByComparingTo(year.totalIncome().subtract(year.totalExpenses()));
        }
        // 2022 closes with 102 15 000 + 110 71 622,73 + result 3 186,42 (the 2023 à-nouveaux)
        assertThat(evolution.get(0).equity()).isEqualByComparingTo("89809.15");
        // 2022 closing cash = the 2023 à-nouveaux of 512100 and 512200
        assertThat(evolution.get(0).treasury()).isEqualByComparingTo("85225.33");
    }
}
