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
 * For any balanced ledger of a year in the old chart, restating it into the 2025 presentation keeps its total
 * income, its total expenses, its result and its bilan, and drops no account; and the same ledger presented as a
 * current year of the 2025 layout (old accounts kept by mistake) gives the same totals too.
 */
class RestatementPropertyTest {

    /** Accounts of the ≤ 2024 chart, with every renumbered family and some that do not move. */
    private static final List<String> ACCOUNTS = List.of(
            "102000", "110000", "131000", "139000", "164000", "218300", "281830", "401000", "411000", "431000",
            "441000", "512100", "512200", "530000",
            "606100", "613200", "641100", "645100", "652000", "657100", "661100", "671100", "671200", "671400",
            "671800", "672000", "675100", "675200", "675400", "675600", "678000", "681100", "689400", "695000",
            "706100", "741100", "754100", "756000", "757000", "768100", "771100", "771300", "771500", "771700",
            "771800", "772000", "775200", "775400", "775600", "777000", "778000", "781500", "789400", "791000",
            "796000", "797000");

    private final StatementEngine before = new StatementEngine(StatementLayoutLoader.anc2018());
    private final StatementEngine after = new StatementEngine(StatementLayoutLoader.anc2025());

    @Provide
    Arbitrary<List<Movement>> ledgers() {
        return RandomLedgers.over(ACCOUNTS);
    }

    @Property(tries = 300)
    void restatingKeepsTotalIncomeTotalExpensesAndTheResult(@ForAll("ledgers") List<Movement> movements) {
        TrialBalance ledger = ledger(movements);
        IncomeStatement old = before.compute(ledger, null, List.of(), List.of()).incomeStatement();

        StatementLayouts.Restated restated = StatementLayouts.restate(2024, ledger, before, after);
        Statements statements = after.compute(restated.trialBalance(), null, List.of(), List.of());
        IncomeStatement now = statements.incomeStatement();

        assertThat(now.total("totalIncome")).isEqualByComparingTo(old.total("totalIncome"));
        assertThat(now.total("totalExpenses")).isEqualByComparingTo(old.total("totalExpenses"));
        assertThat(now.netResult()).isEqualByComparingTo(old.netResult());
        assertThat(now.netResult()).isEqualByComparingTo(ledger.result());
        assertThat(statements.balanceSheet().totalAssets()).isEqualByComparingTo(statements.balanceSheet().totalLiabilities());
        assertThat(statements.findings()).noneMatch(finding -> finding.check() == CheckId.ACCOUNT_UNMAPPED
                || finding.check() == CheckId.ACCOUNT_OLD_MEANING);
    }

    @Property(tries = 200)
    void oldAccountsInANewYearAreFlaggedButNeverDropped(@ForAll("ledgers") List<Movement> movements) {
        TrialBalance ledger = ledger(movements);
        IncomeStatement old = before.compute(ledger, null, List.of(), List.of()).incomeStatement();
        Statements statements = after.compute(ledger, null, List.of(), List.of());

        assertThat(statements.incomeStatement().total("totalIncome")).isEqualByComparingTo(old.total("totalIncome"));
        assertThat(statements.incomeStatement().total("totalExpenses")).isEqualByComparingTo(old.total("totalExpenses"));
        assertThat(statements.incomeStatement().netResult()).isEqualByComparingTo(ledger.result());
        assertThat(statements.findings()).noneMatch(finding -> finding.check() == CheckId.ACCOUNT_UNMAPPED);
    }

    private static TrialBalance ledger(List<Movement> movements) {
        return RandomLedgers.trialBalance(movements, LocalDate.of(2024, 6, 30));
    }

}
