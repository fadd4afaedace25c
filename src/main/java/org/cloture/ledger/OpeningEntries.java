package org.cloture.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which lines of a year's ledger are its à-nouveaux (opening entries). The rule, in this order:
 * <ol>
 *   <li>every line of a journal whose code names the opening in the usual software: AN, RAN, ANO, OUV,
 *       ANOUV (case ignored);</li>
 *   <li>only when no line is in such a journal, whatever the journal the software used (OD, BQ, a journal of
 *       its own): the entries (journal + number) dated on the first day of the fiscal year whose lines all
 *       belong to classes 1 to 5, or to 89 (« bilan d'ouverture », the counterpart of an opening booked account
 *       by account), and that touch class 1 or 89 (an opening always carries the fonds propres, or balances
 *       against 890).</li>
 * </ol>
 * The fallback is not tried when an opening journal exists, because a supplier paid on the first day
 * (401 / 512) is an operation of the year that looks like an opening by date and classes alone; for the same
 * reason an entry of the first day that touches neither class 1 nor 89 is never an opening.
 *
 * <p>One rule for every stage that must leave the opening aside: the à-nouveaux check, the annexe movements
 * (an opening is no increase of fixed assets) and the bank reconciliation (an opening is no bank operation).
 */
public final class OpeningEntries {

    /** Journal codes that mean "à-nouveaux" in the software seen so far. */
    static final Set<String> OPENING_JOURNALS = Set.of("AN", "RAN", "ANO", "OUV", "ANOUV");

    private OpeningEntries() {
    }

    public static List<LedgerLine> select(List<LedgerLine> lines, LocalDate firstDay) {
        Set<String> keys = entryKeys(lines, firstDay);
        return lines.stream().filter(line -> keys.contains(entryKey(line))).toList();
    }

    /**
     * The entries (see {@link #entryKey}) of {@code lines} that are the opening. {@code lines} must hold every
     * line of the entries that {@link #mayBeOpening} keeps (the key lines of the store do).
     */
    public static Set<String> entryKeys(List<LedgerLine> lines, LocalDate firstDay) {
        Map<String, List<LedgerLine>> entries = new LinkedHashMap<>();
        for (LedgerLine line : lines) {
            entries.computeIfAbsent(entryKey(line), key -> new ArrayList<>()).add(line);
        }
        Set<String> byJournal = new LinkedHashSet<>();
        Set<String> byDate = new LinkedHashSet<>();
        entries.forEach((key, entry) -> {
            if (isOpeningJournal(entry.get(0).journalCode())) {
                byJournal.add(key);
            } else if (looksLikeOpening(entry, firstDay)) {
                byDate.add(key);
            }
        });
        return byJournal.isEmpty() ? byDate : byJournal;
    }

    /** Whether a line belongs to one of the opening entries found by {@link #entryKeys}. */
    public static Predicate<LedgerLine> in(Set<String> entryKeys) {
        return line -> entryKeys.contains(entryKey(line));
    }

    /** Journal and entry number: what makes one entry of the FEC. */
    public static String entryKey(LedgerLine line) {
        return line.journalCode() + '\u0000' + line.entryNum();
    }

    /**
     * Whether a line can belong to an opening entry (an opening journal, or the first day): the lines to keep
     * aside while a year streams by, so that {@link #select} need not see the whole year.
     */
    public static boolean mayBeOpening(LedgerLine line, LocalDate firstDay) {
        return isOpeningJournal(line.journalCode()) || firstDay.equals(line.date());
    }

    public static boolean isOpeningJournal(String journal) {
        return journal != null && OPENING_JOURNALS.contains(journal.trim().toUpperCase(Locale.ROOT));
    }

    /** An entry of the first day, all in balance-sheet classes (or 89), touching equity (class 1) or 89. */
    public static boolean looksLikeOpening(List<LedgerLine> entry, LocalDate firstDay) {
        return entry.stream().allMatch(line -> firstDay.equals(line.date())
                        && (isBalanceSheetAccount(line.account()) || isOpeningCounterpart(line.account())))
                && entry.stream().anyMatch(line -> line.account().startsWith("1") || isOpeningCounterpart(line.account()));
    }

    public static boolean isBalanceSheetAccount(String account) {
        char accountClass = account.charAt(0);
        return accountClass >= '1' && accountClass <= '5';
    }

    /** 89 « bilan d'ouverture / de clôture »: the counterpart of the balances carried forward. */
    private static boolean isOpeningCounterpart(String account) {
        return account.startsWith("89");
    }
}
