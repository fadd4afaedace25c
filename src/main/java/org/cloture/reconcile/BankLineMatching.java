package org.cloture.reconcile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        Map<BigDecimal, List<Integer>> ledgerByAmount = new HashMap<>();
        for (int j = 0; j < ledger.size(); j++) {
            ledgerByAmount.computeIfAbsent(key(ledger.get(j).balance()), amount -> new ArrayList<>()).add(j);
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < statement.size(); i++) {
            BankStatementLine line = statement.get(i);
            for (int j : ledgerByAmount.getOrDefault(key(line.amount()), List.of())) {
                long days = distance(line, ledger.get(j).date());
                if (days <= DATE_TOLERANCE_DAYS) {
                    candidates.add(new Candidate(i, j, days));
                }
            }
        }
        // Closest dates first; among equals, the earlier lines of each file first, so the pairing is reproducible.
        candidates.sort(Comparator.comparingLong(Candidate::days).thenComparingInt(Candidate::statement)
                .thenComparingInt(Candidate::ledger));
        int[] partnerOfStatement = new int[statement.size()];
        int[] partnerOfLedger = new int[ledger.size()];
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
        for (int i = 0; i < statement.size(); i++) {
            if (partnerOfStatement[i] < 0 && closestFirst.containsKey(i)) {
                augment(i, closestFirst, partnerOfStatement, partnerOfLedger, new boolean[ledger.size()]);
            }
        }
        boolean[] statementDone = new boolean[statement.size()];
        boolean[] ledgerDone = new boolean[ledger.size()];
        int matched = 0;
        for (int i = 0; i < statement.size(); i++) {
            if (partnerOfStatement[i] >= 0) {
                statementDone[i] = true;
                ledgerDone[partnerOfStatement[i]] = true;
                matched++;
            }
        }
        List<BankStatementLine> unmatchedStatement = new ArrayList<>();
        for (int i = 0; i < statement.size(); i++) {
            if (!statementDone[i]) {
                unmatchedStatement.add(statement.get(i));
            }
        }
        List<LedgerLine> unmatchedLedger = new ArrayList<>();
        for (int j = 0; j < ledger.size(); j++) {
            if (!ledgerDone[j]) {
                unmatchedLedger.add(ledger.get(j));
            }
        }
        return new Result(unmatchedStatement, unmatchedLedger, matched);
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

    private static long distance(BankStatementLine line, LocalDate ledgerDate) {
        if (ledgerDate == null) {
            return Long.MAX_VALUE;
        }
        long booked = Math.abs(ChronoUnit.DAYS.between(line.date(), ledgerDate));
        return line.valueDate() == null ? booked
                : Math.min(booked, Math.abs(ChronoUnit.DAYS.between(line.valueDate(), ledgerDate)));
    }

    /** 12.5 and 12.50 are one amount. */
    private static BigDecimal key(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }
}
