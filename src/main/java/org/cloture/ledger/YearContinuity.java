package org.cloture.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cloture.money.Amounts;
import org.cloture.money.FrenchFormat;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;

/**
 * Year-to-year continuity: the à-nouveaux of year N must equal the closing balances of N-1, account by
 * account (120 and 129 together, since the N-1 result sits there until it is allocated). When the N ledger
 * has no à-nouveaux at all, they are derived from N-1 so that the bilan of N is complete, and a finding
 * says so.
 */
public final class YearContinuity {

    /** Journal and entry number of derived à-nouveaux, recognisable in the balance and the exports. */
    static final String DERIVED_JOURNAL = "AN";
    static final String DERIVED_ENTRY = "AN-REPRIS";

    /** The ledger lines of N to build the trial balance from, and what the comparison found. */
    public record Outcome(List<LedgerLine> lines, List<Finding> findings, boolean derived) {

        /** The à-nouveaux derived from N-1, to add to the year's balance (empty when N had its own). */
        public List<LedgerLine> derivedOpening() {
            return lines.stream().filter(line -> DERIVED_JOURNAL.equals(line.journalCode())
                    && DERIVED_ENTRY.equals(line.entryNum())).toList();
        }
    }

    private YearContinuity() {
    }

    /**
     * @param lines    the ledger lines of year N
     * @param previous the trial balance of N-1, or null when that year is not available (nothing to compare)
     * @param firstDay the first day of fiscal year N
     */
    public static Outcome check(List<LedgerLine> lines, TrialBalance previous, LocalDate firstDay, int year) {
        if (previous == null || previous.isEmpty() || lines.isEmpty()) {
            return new Outcome(lines, List.of(), false);
        }
        List<AccountBalance> closing = ClosingBalances.of(previous);
        List<LedgerLine> opening = OpeningEntries.select(lines, firstDay);
        if (opening.isEmpty()) {
            return derive(lines, closing, previous, firstDay, year);
        }
        return new Outcome(lines, compare(opening, closing, previous.result(), year), false);
    }

    private static List<Finding> compare(List<LedgerLine> opening, List<AccountBalance> closing,
                                         BigDecimal previousResult, int year) {
        Map<String, BigDecimal> opened = new TreeMap<>();
        for (LedgerLine line : opening) {
            // 89 is only the counterpart of an opening booked account by account: nothing to carry forward.
            if (OpeningEntries.isBalanceSheetAccount(line.account())) {
                opened.merge(ClosingBalances.key(line.account()), line.balance(), BigDecimal::add);
            }
        }
        Map<String, BigDecimal> closed = new TreeMap<>();
        for (AccountBalance balance : closing) {
            closed.merge(ClosingBalances.key(balance.account()), balance.balance(), BigDecimal::add);
        }
        TreeSet<String> keys = new TreeSet<>(opened.keySet());
        keys.addAll(closed.keySet());
        List<Finding> findings = new ArrayList<>();
        SourceLocation where = SourceLocation.ofFile(year + "/");
        for (String key : keys) {
            BigDecimal open = opened.getOrDefault(key, Amounts.ZERO);
            BigDecimal close = closed.getOrDefault(key, Amounts.ZERO);
            if (open.compareTo(close) == 0) {
                continue;
            }
            if (key.equals(ClosingBalances.RESULT_KEY)) {
                findings.add(Finding.of(CheckId.OPENING_RESULT_NOT_CARRIED, where, key,
                        signed(previousResult), year - 1, signed(open.negate()), year));
            } else {
                findings.add(Finding.of(CheckId.OPENING_BALANCE_MISMATCH, where, key,
                        key, side(open), year, side(close), year - 1));
            }
        }
        return findings;
    }

    private static Outcome derive(List<LedgerLine> lines, List<AccountBalance> closing, TrialBalance previous,
                                  LocalDate firstDay, int year) {
        List<LedgerLine> withOpening = new ArrayList<>(closing.size() + lines.size());
        String label = "À-nouveaux repris de la clôture " + (year - 1);
        for (AccountBalance balance : closing) {
            withOpening.add(new LedgerLine(DERIVED_JOURNAL, DERIVED_ENTRY, firstDay, balance.account(), balance.label(),
                    balance.auxiliary(), label, balance.debit(), balance.credit(), null));
        }
        withOpening.addAll(lines);
        BigDecimal result = previous.result();
        String resultAccount = closing.stream().map(AccountBalance::account)
                .filter(account -> ClosingBalances.key(account).equals(ClosingBalances.RESULT_KEY))
                .reduce((first, last) -> last).orElse("—");
        Finding finding = Finding.of(CheckId.OPENING_BALANCES_DERIVED, SourceLocation.ofFile(year + "/"), null,
                year, year - 1, closing.size(), signed(result), resultAccount);
        return new Outcome(List.copyOf(withOpening), List.of(finding), true);
    }

    /** "1 234,56 € au débit" / "au crédit": the way an accountant reads a balance. */
    private static String side(BigDecimal balance) {
        if (balance.signum() == 0) {
            return FrenchFormat.amount(Amounts.ZERO);
        }
        return FrenchFormat.amount(balance.abs()) + (balance.signum() > 0 ? " au débit" : " au crédit");
    }

    private static String signed(BigDecimal result) {
        return FrenchFormat.amount(result);
    }
}
