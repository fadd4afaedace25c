package org.cloture.reconcile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.cloture.banking.BankStatementLine;
import org.cloture.ledger.LedgerLine;

/**
 * Pairs the operations of a bank statement with the lines of a 512 account, one to one: same amount to the cent
 * (a credit on the statement is a debit of 512) and dates at most {@link #DATE_TOLERANCE_DAYS} days apart. The
 * booking date of the statement is compared, and its value date when it gives one (a cheque deposit is booked on
 * one day and valued two days later; the treasurer dated it either).
 *
 * <p>The closest dates are paired first. Alone, that can strand a line: with many fees of 25 € a week apart, an
 * operation may take the line its neighbour needed. So the pairing is then completed to the largest possible
 * (augmenting paths, Kuhn's algorithm, each operation trying its closest lines first): a line is listed as unmatched
 * only when no pairing at all could give it a partner.
 */
final class BankLineMatching {

    /**
     * ± 5 days: a cheque deposited on Friday is on the statement on Tuesday; a transfer booked on the day of the
     * invoice leaves the bank a few days later. Wider, equal amounts (monthly fees, rents) would pair across months.
     */
    static final int DATE_TOLERANCE_DAYS = 5;

    /** The lines left without their other half, in the order given, and how many pairs were made. */
    record Result(List<BankStatementLine> unmatchedStatement, List<LedgerLine> unmatchedLedger, int matched) {
    }

    private record Candidate(int statement, int ledger, long days) {
    }

    private BankLineMatching() {
    }

    static Result match(List<BankStatementLine> statement, List<LedgerLine> ledger) {
        Pairing<BankStatementLine, LedgerLine> pairing = pair(statement, BankLineMatching::datesOf, ledger,
                line -> line.date() == null ? List.of() : List.of(line.date()), BankStatementLine::amount,
                LedgerLine::balance);
        return new Result(pairing.unmatchedLeft(), pairing.unmatchedRight(), pairing.matched());
    }

    /** What {@link #pair} left on each side, in the order given, and how many pairs it made. */
    record Pairing<L, R>(List<L> unmatchedLeft, List<R> unmatchedRight, int matched) {
    }

    /**
     * The same pairing for any two lists of dated amounts (a platform's payouts against the statement or 512): same
     * amount to the cent, closest of their dates at most {@link #DATE_TOLERANCE_DAYS} apart, closest first, then
     * completed to the largest pairing.
     */
    static <L, R> Pairing<L, R> pair(List<L> left, Function<L, List<LocalDate>> leftDates, List<R> right,
                                     Function<R, List<LocalDate>> rightDates, Function<L, BigDecimal> leftAmount,
                                     Function<R, BigDecimal> rightAmount) {
        Map<BigDecimal, List<Integer>> rightByAmount = new HashMap<>();
        for (int j = 0; j < right.size(); j++) {
            rightByAmount.computeIfAbsent(key(rightAmount.apply(right.get(j))), amount -> new ArrayList<>()).add(j);
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < left.size(); i++) {
            L line = left.get(i);
            for (int j : rightByAmount.getOrDefault(key(leftAmount.apply(line)), List.of())) {
                long days = distance(leftDates.apply(line), rightDates.apply(right.get(j)));
                if (days <= DATE_TOLERANCE_DAYS) {
                    candidates.add(new Candidate(i, j, days));
                }
            }
        }
        // Closest dates first; among equals, the earlier lines of each file first, so the pairing is reproducible.
        candidates.sort(Comparator.comparingLong(Candidate::days).thenComparingInt(Candidate::statement)
                .thenComparingInt(Candidate::ledger));
        int[] partnerOfStatement = new int[left.size()];
        int[] partnerOfLedger = new int[right.size()];
        java.util.Arrays.fill(partnerOfStatement, -1);
        java.util.Arrays.fill(partnerOfLedger, -1);
        Map<Integer, List<Integer>> closestFirst = new HashMap<>();
        for (Candidate candidate : candidates) {
            closestFirst.computeIfAbsent(candidate.statement(), i -> new ArrayList<>()).add(candidate.ledger());
            if (partnerOfStatement[candidate.statement()] < 0 && partnerOfLedger[candidate.ledger()] < 0) {
                partnerOfStatement[candidate.statement()] = candidate.ledger();
                partnerOfLedger[candidate.ledger()] = candidate.statement();
            }
        }
        for (int i = 0; i < left.size(); i++) {
            if (partnerOfStatement[i] < 0 && closestFirst.containsKey(i)) {
                augment(i, closestFirst, partnerOfStatement, partnerOfLedger, new boolean[right.size()]);
            }
        }
        int matched = 0;
        List<L> unmatchedLeft = new ArrayList<>();
        for (int i = 0; i < left.size(); i++) {
            if (partnerOfStatement[i] >= 0) {
                matched++;
            } else {
                unmatchedLeft.add(left.get(i));
            }
        }
        List<R> unmatchedRight = new ArrayList<>();
        for (int j = 0; j < right.size(); j++) {
            if (partnerOfLedger[j] < 0) {
                unmatchedRight.add(right.get(j));
            }
        }
        return new Pairing<>(unmatchedLeft, unmatchedRight, matched);
    }

    /**
     * Finds a partner for operation {@code i}, moving the operations already paired along to their next possible
     * line if need be; each ledger line is visited once per search.
     */
    private static boolean augment(int i, Map<Integer, List<Integer>> closestFirst, int[] partnerOfStatement,
                                   int[] partnerOfLedger, boolean[] visited) {
        for (int j : closestFirst.getOrDefault(i, List.of())) {
            if (visited[j]) {
                continue;
            }
            visited[j] = true;
            if (partnerOfLedger[j] < 0
                    || augment(partnerOfLedger[j], closestFirst, partnerOfStatement, partnerOfLedger, visited)) {
                partnerOfStatement[i] = j;
                partnerOfLedger[j] = i;
                return true;
            }
        }
        return false;
    }

    /** The booking date, and the value date when the statement gives one. */
    static List<LocalDate> datesOf(BankStatementLine line) {
        return line.valueDate() == null ? List.of(line.date()) : List.of(line.date(), line.valueDate());
    }

    /** The closest of either side's dates, in days; no date on one side never pairs. */
    private static long distance(List<LocalDate> leftDates, List<LocalDate> rightDates) {
        long closest = Long.MAX_VALUE;
        for (LocalDate a : leftDates) {
            for (LocalDate b : rightDates) {
                closest = Math.min(closest, Math.abs(ChronoUnit.DAYS.between(a, b)));
            }
        }
        return closest;
    }

    /** 12.5 and 12.50 are one amount. */
    private static BigDecimal key(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }
}
