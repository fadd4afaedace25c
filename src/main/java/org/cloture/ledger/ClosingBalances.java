package org.cloture.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.cloture.money.Amounts;

/**
 * The closing balances of a year as its successor must open with them: every class 1–5 account (per
 * auxiliary account, so that the bilan of the next year still classifies by sign) plus the year's result
 * carried to 120 (surplus) or 129 (deficit), where it waits for the general assembly's allocation.
 */
public final class ClosingBalances {

    /** Key under which 120 and 129 are compared: the result may flip between the two from one year to the next. */
    public static final String RESULT_KEY = "120/129";

    private ClosingBalances() {
    }

    /** Balance-sheet balances of the year (non-zero ones) plus the result line, as debit/credit pairs. */
    public static List<AccountBalance> of(TrialBalance year) {
        List<AccountBalance> closing = new ArrayList<>();
        for (AccountBalance balance : year.detailed()) {
            if (OpeningEntries.isBalanceSheetAccount(balance.account()) && balance.balance().signum() != 0) {
                closing.add(pair(balance.account(), balance.auxiliary(), balance.label(), balance.balance()));
            }
        }
        BigDecimal result = year.result();
        if (result.signum() != 0) {
            // The result is a credit on the passif when a surplus, a debit when a deficit.
            String prefix = result.signum() > 0 ? "120" : "129";
            AccountBalance existing = year.byAccount().stream()
                    .filter(balance -> balance.account().startsWith(prefix)).findFirst().orElse(null);
            String account = existing == null ? prefix : existing.account();
            String label = existing != null && existing.label() != null ? existing.label()
                    : result.signum() > 0 ? "Résultat de l'exercice (excédent)" : "Résultat de l'exercice (déficit)";
            closing.add(pair(account, null, label, result.negate()));
        }
        return closing;
    }

    /** The comparison key of an account: its number, except 120/129 which are compared together. */
    public static String key(String account) {
        return account.startsWith("120") || account.startsWith("129") ? RESULT_KEY : account;
    }

    private static AccountBalance pair(String account, String auxiliary, String label, BigDecimal balance) {
        BigDecimal debit = balance.signum() > 0 ? balance : Amounts.ZERO;
        BigDecimal credit = balance.signum() < 0 ? balance.negate() : Amounts.ZERO;
        return new AccountBalance(account, auxiliary, label,
                debit.setScale(Amounts.SCALE), credit.setScale(Amounts.SCALE));
    }
}
