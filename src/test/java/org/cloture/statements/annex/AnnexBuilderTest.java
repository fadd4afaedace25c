package org.cloture.statements.annex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloture.statements.annex.Ledgers.balance;
import static org.cloture.statements.annex.Ledgers.line;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cloture.ledger.LedgerLine;
import org.cloture.ledger.TrialBalance;
import org.cloture.money.Amounts;
import org.cloture.statements.BalanceSheetLine;
import org.cloture.statements.StatementEngine;
import org.cloture.statements.StatementLayout;
import org.cloture.statements.StatementLayoutLoader;
import org.cloture.statements.Statements;
import org.junit.jupiter.api.Test;

class AnnexBuilderTest {

    private static final StatementLayout LAYOUT = StatementLayoutLoader.anc2018();
    private final AnnexBuilder builder = new AnnexBuilder(LAYOUT);

    private static TrialBalance receivablesAndDebts() {
        return TrialBalance.fromBalances(List.of(
                balance("411000", "A", "120.00", "0.00"),
                balance("411000", "B", "0.00", "30.00"),   // a member who paid ahead: a debt
                balance("441000", null, "500.00", "0.00"),
                balance("401000", null, "0.00", "250.00"),
                balance("401000", "X", "40.00", "0.00"),   // a supplier in debit: a receivable
                balance("512100", null, "1000.00", "0.00"),
                balance("512200", null, "0.00", "150.00"), // overdrawn: a bank debt
                balance("431000", null, "0.00", "300.00"),
                balance("486000", null, "60.00", "0.00"),
                balance("164000", null, "0.00", "2000.00"),
                balance("487000", null, "0.00", "80.00")));
    }

    @Test
    void receivablesAreTheDebitBalancesOfTheReceivableLinesPerAccountAndAuxiliary() {
        BalanceDetailTable receivables = builder.build(receivablesAndDebts(), List.of(), Map.of("A", "Dupont Jean"))
                .receivables();

        assertThat(receivables.rows()).extracting(BalanceDetailRow::lineCode, BalanceDetailRow::account,
                BalanceDetailRow::auxiliary, BalanceDetailRow::auxiliaryLabel, row -> row.amount().toPlainString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("BA_CREANCES_USAGERS", "411000", "A", "Dupont Jean", "120.00"),
                        org.assertj.core.groups.Tuple.tuple("BA_AUTRES_CREANCES", "401000", "X", null, "40.00"),
                        org.assertj.core.groups.Tuple.tuple("BA_AUTRES_CREANCES", "441000", null, null, "500.00"),
                        org.assertj.core.groups.Tuple.tuple("BA_CCA", "486000", null, null, "60.00"));
        assertThat(receivables.total()).isEqualByComparingTo("720.00");
        assertThat(receivables.byAccount()).allMatch(row -> row.auxiliary() == null && row.auxiliaryLabel() == null);
    }

    @Test
    void debtsAreTheCreditBalancesOfTheDebtLinesIncludingBorrowingsAndOverdrafts() {
        BalanceDetailTable debts = builder.build(receivablesAndDebts()).debts();

        assertThat(debts.rows()).extracting(BalanceDetailRow::lineCode, BalanceDetailRow::account,
                row -> row.amount().toPlainString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("BP_DETTES_BANCAIRES", "164000", "2000.00"),
                        org.assertj.core.groups.Tuple.tuple("BP_DETTES_BANCAIRES", "512200", "150.00"),
                        org.assertj.core.groups.Tuple.tuple("BP_FOURNISSEURS", "401000", "250.00"),
                        org.assertj.core.groups.Tuple.tuple("BP_FISCALES_SOCIALES", "431000", "300.00"),
                        org.assertj.core.groups.Tuple.tuple("BP_AUTRES_DETTES", "411000", "30.00"),
                        org.assertj.core.groups.Tuple.tuple("BP_PCA", "487000", "80.00"));
        assertThat(debts.total()).isEqualByComparingTo("2810.00");
    }

    private static List<LedgerLine> assetsLedger() {
        return List.of(
                line("AN", "1", "2023-01-01", "218300", "11400.00", "0.00"),
                line("AN", "1", "2023-01-01", "205000", "2000.00", "0.00"),
                line("AN", "1", "2023-01-01", "281830", "0.00", "8300.00"),
                line("AN", "1", "2023-01-01", "194000", "0.00", "5000.00"),
                line("AN", "1", "2023-01-01", "102000", "100.00", "0.00"),
                line("HA", "2", "2023-03-15", "218300", "600.00", "0.00"),
                line("HA", "2", "2023-03-15", "404000", "0.00", "600.00"),
                line("OD", "3", "2023-06-30", "281830", "500.00", "0.00"),
                line("OD", "3", "2023-06-30", "218300", "0.00", "500.00"),
                line("OD", "4", "2023-12-31", "681100", "2200.00", "0.00"),
                line("OD", "4", "2023-12-31", "281830", "0.00", "2200.00"),
                line("OD", "5", "2023-12-31", "689400", "3000.00", "0.00"),
                line("OD", "5", "2023-12-31", "194000", "0.00", "3000.00"),
                line("OD", "6", "2023-12-31", "194000", "4000.00", "0.00"),
                line("OD", "6", "2023-12-31", "789400", "0.00", "4000.00"));
    }

    private Annex assetsAnnex() {
        MovementCollector collector = new MovementCollector(LocalDate.of(2023, 1, 1));
        assetsLedger().forEach(collector);
        return builder.build(TrialBalance.of(assetsLedger()), collector.movements(), Map.of());
    }

    @Test
    void fixedAssetsShowOpeningIncreasesDecreasesAndClosingPerAccount() {
        MovementTable fixedAssets = assetsAnnex().fixedAssets();

        assertThat(fixedAssets.rows()).extracting(MovementRow::lineCode, MovementRow::account,
                row -> row.opening().toPlainString(), row -> row.increases().toPlainString(),
                row -> row.decreases().toPlainString(), row -> row.closing().toPlainString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("BA_INCORPORELLES", "205000", "2000.00", "0.00", "0.00", "2000.00"),
                        org.assertj.core.groups.Tuple.tuple("BA_CORPORELLES", "218300", "11400.00", "600.00", "500.00", "11500.00"));
        assertThat(fixedAssets.total().closing()).isEqualByComparingTo("13500.00");
    }

    @Test
    void depreciationGrowsByItsCredits() {
        MovementRow depreciation = assetsAnnex().depreciation().rows().get(0);

        assertThat(depreciation.lineCode()).isEqualTo("BA_CORPORELLES");
        assertThat(List.of(depreciation.opening(), depreciation.increases(), depreciation.decreases(),
                depreciation.closing())).extracting(BigDecimal::toPlainString)
                .containsExactly("8300.00", "2200.00", "500.00", "10000.00");
    }

    @Test
    void dedicatedFundsShowReportsAndUtilisations() {
        MovementTable funds = assetsAnnex().dedicatedFunds();

        assertThat(funds.increasesLabel()).isEqualTo("Reports");
        assertThat(funds.decreasesLabel()).isEqualTo("Utilisations");
        MovementRow row = funds.rows().get(0);
        assertThat(row.lineCode()).isEqualTo("BP_FONDS_DEDIES");
        assertThat(List.of(row.opening(), row.increases(), row.decreases(), row.closing()))
                .extracting(BigDecimal::toPlainString).containsExactly("5000.00", "3000.00", "4000.00", "4000.00");
    }

    @Test
    void eachTableTotalEqualsItsBilanLines() {
        TrialBalance trialBalance = TrialBalance.fromBalances(concat(TrialBalance.of(assetsLedger()).detailed(),
                receivablesAndDebts().detailed()));
        MovementCollector collector = new MovementCollector(LocalDate.of(2023, 1, 1));
        assetsLedger().forEach(collector);
        Annex annex = builder.build(trialBalance, collector.movements(), Map.of());
        Statements statements = new StatementEngine(LAYOUT).compute(trialBalance, null, List.of(), List.of());

        AnnexTotals.assertMatchesBilan(annex, statements.balanceSheet());
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new java.util.ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    @Test
    void amountsKeepScaleTwo() {
        assertThat(assetsAnnex().fixedAssets().total().closing().scale()).isEqualTo(Amounts.SCALE);
    }

    static BalanceSheetLine lineOf(List<BalanceSheetLine> lines, String code) {
        return lines.stream().filter(line -> line.code().equals(code)).findFirst().orElseThrow();
    }
}
