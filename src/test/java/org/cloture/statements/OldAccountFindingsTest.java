package org.cloture.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloture.statements.Anc2025PresentationTest.amount;
import static org.cloture.statements.Anc2025PresentationTest.credit;
import static org.cloture.statements.Anc2025PresentationTest.debit;

import java.util.List;
import org.cloture.ledger.TrialBalance;
import org.cloture.money.FrenchFormat;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One reproducer per account of the old chart used in a year presented in the 2025 layout: a warning that
 * names the account and the one to use, and the amount on the line the new model gives it, never dropped.
 */
class OldAccountFindingsTest {

    private final StatementEngine engine = new StatementEngine(StatementLayoutLoader.anc2025());

    @ParameterizedTest(name = "{0} → {1}, on {2}")
    @CsvSource(delimiter = '|', value = {
            "777000 | 747  | CR_SUBVENTIONS     | income",   // quote-part des subventions d'investissement
            "791000 | 649  | CR_AUTRES_PRODUITS | income",   // transferts de charges: no equivalent, default 7588
            "775200 | 757  | CR_AUTRES_PRODUITS | income",   // produits de cession d'immobilisations corporelles
            "771500 | 742  | CR_SUBVENTIONS     | income",   // subventions d'équilibre
            "771100 | 758  | CR_AUTRES_PRODUITS | income",   // other produits exceptionnels sur opérations de gestion
            "796000 | 76   | CR_PRODUITS_FIN    | income",   // transferts de charges financières
            "797000 | 778  | CR_PRODUITS_EXC    | income",   // transferts de charges exceptionnelles
            "675200 | 652  | CR_AUTRES_CHARGES  | expense",  // valeur comptable des immobilisations cédées
            "675600 | 6671 | CR_CHARGES_FIN     | expense",  // valeur comptable des immobilisations financières cédées
            "671200 | 6582 | CR_AUTRES_CHARGES  | expense",  // pénalités et amendes
            "671400 | 654  | CR_AUTRES_CHARGES  | expense",  // créances irrécouvrables
            "673000 | 6573 | CR_AIDES           | expense"}) // apports ou affectations en numéraire
    void anOldAccountIsNamedWithItsReplacementAndItsAmountLandsOnTheNewLine(String account, String replacement,
                                                                            String line, String nature) {
        boolean income = nature.equals("income");
        TrialBalance ledger = TrialBalance.fromBalances(List.of(
                income ? credit(account, "1234.50") : debit(account, "1234.50"),
                income ? debit("512000", "1234.50") : credit("512000", "1234.50")));

        Statements statements = engine.compute(ledger, null, List.of(), List.of());

        assertThat(amount(statements.incomeStatement(), line)).isEqualByComparingTo("1234.50");
        assertThat(statements.incomeStatement().netResult()).isEqualByComparingTo(income ? "1234.50" : "-1234.50");
        assertThat(statements.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.check()).isEqualTo(CheckId.ACCOUNT_OLD_MEANING);
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.value()).isEqualTo(account);
            assertThat(finding.message()).contains(account, replacement,
                    FrenchFormat.amount(new java.math.BigDecimal("1234.50")), "« " + label(line) + " »");
        });
    }

    private String label(String code) {
        return engine.layout().incomeGroups().stream().flatMap(group -> group.lines().stream())
                .filter(line -> line.code().equals(code)).findFirst().orElseThrow().label();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"747000", "757000", "652000", "649000", "758700", "742000"})
    void theNewAccountsRaiseNothing(String account) {
        TrialBalance ledger = TrialBalance.fromBalances(List.of(credit(account, "100"), debit("512000", "100")));
        assertThat(engine.compute(ledger, null, List.of(), List.of()).findings()).extracting(Finding::check)
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"777000", "791000", "675000"})
    void theOldPresentationAcceptsTheOldAccountsSilently(String account) {
        StatementEngine old = new StatementEngine(StatementLayoutLoader.anc2018());
        TrialBalance ledger = TrialBalance.fromBalances(List.of(credit(account, "100"), debit("512000", "100")));
        assertThat(old.compute(ledger, null, List.of(), List.of()).findings()).isEmpty();
    }
}
