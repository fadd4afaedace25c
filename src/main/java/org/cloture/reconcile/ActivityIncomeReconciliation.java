package org.cloture.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cloture.activity.Activity;
import java.util.function.Function;
import java.util.stream.Stream;
import org.cloture.ledger.LedgerLine;
import org.cloture.ledger.TrialBalance;
import org.cloture.money.Amounts;
import org.cloture.money.FrenchFormat;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;

/** Income of the actions that name an account (e.g. circuits on 706100) against that account's balance. */
public final class ActivityIncomeReconciliation {

    private ActivityIncomeReconciliation() {
    }

    /** @param linesOf the year's accounting lines of an account, named beside a mismatch */
    public static List<Finding> check(List<Activity> activities, TrialBalance ledger,
                                      Function<String, List<LedgerLine>> linesOf) {
        return check(activities, ledger, linesOf, Amounts.ZERO);
    }

    /** @param tolerance the largest difference not reported, per account (association.yml tolerances.activities) */
    public static List<Finding> check(List<Activity> activities, TrialBalance ledger,
                                      Function<String, List<LedgerLine>> linesOf, BigDecimal tolerance) {
        Map<String, BigDecimal> byAccount = new TreeMap<>();
        Map<String, Activity> firstOfAccount = new TreeMap<>();
        for (Activity activity : activities) {
            if (activity.account() != null && !activity.account().isBlank() && activity.income() != null) {
                byAccount.merge(activity.account().trim(), activity.income(), BigDecimal::add);
                firstOfAccount.putIfAbsent(activity.account().trim(), activity);
            }
        }
        List<Finding> findings = new ArrayList<>();
        byAccount.forEach((account, logged) -> {
            BigDecimal booked = ledger.balanceOf(account).negate();
            if (!Amounts.withinTolerance(Amounts.exact(logged), booked, tolerance)) {
                findings.add(Finding.of(CheckId.ACTIVITY_INCOME_MISMATCH,
                        firstOfAccount.get(account).location().withColumn("Recettes"), account,
                        account, FrenchFormat.amount(logged), FrenchFormat.amount(booked))
                        .withRelated(Stream.concat(activities.stream()
                                        .filter(activity -> account.equals(trimmed(activity.account())))
                                        .map(Activity::location),
                                linesOf.apply(account).stream().map(LedgerLine::location)).toList()));
            }
        });
        return findings;
    }

    private static String trimmed(String account) {
        return account == null ? null : account.trim();
    }
}
