package org.cloture.statements;

import org.cloture.statements.RandomLedgers.Movement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cloture.ledger.LedgerLine;
import org.cloture.ledger.TrialBalance;
import org.cloture.source.CheckId;

/**
 * For any balanced ledger of classes 1 to 7 whose accounts the layout maps, the bilan balances and the
 * result of the compte de résultat is the result of the bilan, whatever the signs of classes 4 and 5.
 */
class StatementBalancePropertyTest {

    /** Accounts of every bilan and compte de résultat family, including the sign-dependent ones. */
    private static final List<String> ACCOUNTS = List.of(
            "102000", "106800", "110000", "119000", "120000", "129000", "131000", "139000", "151000", "164000",
            "194000", "205000", "218300", "281830", "275000", "310000", "391000", "401000", "404000", "408000",
            "411000", "419000", "421000", "431000", "441000", "445660", "455000", "461000", "466000", "467000",
            "486000", "487000", "491000", "503000", "512100", "512200", "519000", "530000", "580000",
            "603100", "606100", "613200", "641100", "645100", "657100", "661100", "671000", "681100", "681500",
            "689400", "695000", "706100", "706300", "707300", "741100", "753000", "754000", "754100", "754200",
            "755100", "756000", "768100", "771000", "781500", "789400");

    private final StatementEngine engine = new StatementEngine(StatementLayoutLoader.anc2018());

    @Provide
    Arbitrary<List<Movement>> ledgers() {
        return RandomLedgers.over(ACCOUNTS);
    }

    @Property(tries = 300)
    void totalAssetsEqualTotalLiabilitiesAndBothResultsAgree(@ForAll("ledgers") List<Movement> movements) {
        Statements statements = engine.compute(RandomLedgers.trialBalance(movements, LocalDate.of(2023, 6, 30)), null, List.of(),
                List.of());

        BalanceSheet bilan = statements.balanceSheet();
        assertThat(bilan.totalAssets()).isEqualByComparingTo(bilan.totalLiabilities());
        assertThat(statements.incomeStatement().netResult()).isEqualByComparingTo(bilan.result());
        assertThat(statements.findings()).noneMatch(finding -> finding.check() == CheckId.ACCOUNT_UNMAPPED);
    }

}
