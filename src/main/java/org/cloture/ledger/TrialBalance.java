package org.cloture.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cloture.money.Amounts;

/** The balance générale of one year: every account's debit and credit totals. */
public final class TrialBalance {

    private final List<AccountBalance> detailed;
    private final List<AccountBalance> byAccount;

    private TrialBalance(List<AccountBalance> detailed) {
        this.detailed = List.copyOf(detailed);
        this.byAccount = aggregateByAccount(detailed);
    }

    public static TrialBalance of(Collection<LedgerLine> lines) {
        Accumulator accumulator = new Accumulator();
        lines.forEach(accumulator);
        return accumulator.trialBalance();
    }

    /**
     * Totals lines as they stream by (e.g. from the database), so that a year is never held whole in the
     * heap: only one balance per account and auxiliary account is kept. Gives what {@link #of} gives.
     */
    public static final class Accumulator implements java.util.function.Consumer<LedgerLine> {

        private final Map<String, AccountBalance> totals = new LinkedHashMap<>();

        @Override
        public void accept(LedgerLine line) {
            String key = line.account() + '\u0000' + Objects.requireNonNullElse(line.auxiliary(), "");
            totals.merge(key,
                    new AccountBalance(line.account(), line.auxiliary(), line.accountLabel(), line.debit(), line.credit()),
                    TrialBalance::add);
        }

        public TrialBalance trialBalance() {
            return fromBalances(totals.values());
        }
    }

    /** This trial balance with more lines added to their accounts (e.g. à-nouveaux derived from N-1). */
    public TrialBalance plus(Collection<LedgerLine> lines) {
        if (lines.isEmpty()) {
            return this;
        }
        Accumulator accumulator = new Accumulator();
        detailed.forEach(balance -> accumulator.accept(new LedgerLine(null, null, null, balance.account(),
                balance.label(), balance.auxiliary(), null, balance.debit(), balance.credit(), null)));
        lines.forEach(accumulator);
        return accumulator.trialBalance();
    }

    /** A trial balance from already totalled balances (per account, or per account and auxiliary). */
    public static TrialBalance fromBalances(Collection<AccountBalance> balances) {
        List<AccountBalance> sorted = new ArrayList<>(balances);
        sorted.sort(Comparator.comparing(AccountBalance::account)
                .thenComparing(balance -> Objects.requireNonNullElse(balance.auxiliary(), "")));
        return new TrialBalance(sorted);
    }

    private static AccountBalance add(AccountBalance left, AccountBalance right) {
        String label = left.label() != null ? left.label() : right.label();
        return new AccountBalance(left.account(), left.auxiliary(), label,
                left.debit().add(right.debit()), left.credit().add(right.credit()));
    }

    private static List<AccountBalance> aggregateByAccount(List<AccountBalance> detailed) {
        Map<String, AccountBalance> totals = new LinkedHashMap<>();
        for (AccountBalance balance : detailed) {
            totals.merge(balance.account(),
                    new AccountBalance(balance.account(), null, balance.label(), balance.debit(), balance.credit()),
                    TrialBalance::add);
        }
        return List.copyOf(totals.values());
    }

    /** Balances per account and auxiliary account: the level at which the bilan classifies. */
    public List<AccountBalance> detailed() {
        return detailed;
    }

    /** Balances per account, in account order. */
    public List<AccountBalance> byAccount() {
        return byAccount;
    }

    public BigDecimal totalDebit() {
        return byAccount.stream().map(AccountBalance::debit).reduce(Amounts.ZERO, BigDecimal::add);
    }

    public BigDecimal totalCredit() {
        return byAccount.stream().map(AccountBalance::credit).reduce(Amounts.ZERO, BigDecimal::add);
    }

    /** Σ(debit − credit) over the accounts whose number starts with the prefix. */
    public BigDecimal balanceOf(String prefix) {
        return byAccount.stream().filter(balance -> balance.account().startsWith(prefix))
                .map(AccountBalance::balance).reduce(Amounts.ZERO, BigDecimal::add);
    }

    /** Result of the year as the FEC gives it: Σ class 7 − Σ class 6, credit positive. */
    public BigDecimal result() {
        return balanceOf("6").add(balanceOf("7")).negate();
    }

    public boolean isEmpty() {
        return detailed.isEmpty();
    }
}
