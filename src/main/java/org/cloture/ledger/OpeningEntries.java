package org.cloture.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which lines of a year's ledger are its à-nouveaux (opening entries). The rule, in this order:
 * <ol>
 *   <li>every line of a journal whose code names the opening in the usual software: AN, RAN, ANO, OUV,
 *       ANOUV (case ignored);</li>
 *   <li>only when no line is in such a journal: the entries (journal + number) dated on the first day of the
 *       fiscal year whose lines all belong to classes 1 to 5 and that touch class 1 (an opening always carries
 *       the fonds propres): an opening booked in an ordinary journal (OD), as some software exports it.</li>
 * </ol>
 * The fallback is not tried when an opening journal exists, because a supplier paid on the first day
 * (401 / 512) is an operation of the year that looks like an opening by date and classes alone.
 */
public final class OpeningEntries {

    /** Journal codes that mean "à-nouveaux" in the software seen so far. */
    static final Set<String> OPENING_JOURNALS = Set.of("AN", "RAN", "ANO", "OUV", "ANOUV");

    private OpeningEntries() {
    }

    public static List<LedgerLine> select(List<LedgerLine> lines, LocalDate firstDay) {
        Map<String, List<LedgerLine>> entries = new LinkedHashMap<>();
        for (LedgerLine line : lines) {
            entries.computeIfAbsent(line.journalCode() + '\u0000' + line.entryNum(), key -> new ArrayList<>()).add(line);
        }
        List<LedgerLine> byJournal = new ArrayList<>();
        List<LedgerLine> byDate = new ArrayList<>();
        for (List<LedgerLine> entry : entries.values()) {
            if (isOpeningJournal(entry.get(0).journalCode())) {
                byJournal.addAll(entry);
            } else if (looksLikeOpening(entry, firstDay)) {
                byDate.addAll(entry);
            }
        }
        return byJournal.isEmpty() ? byDate : byJournal;
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

    /** An entry of the first day, all in balance-sheet classes and touching equity (class 1). */
    public static boolean looksLikeOpening(List<LedgerLine> entry, LocalDate firstDay) {
        return entry.stream().allMatch(line -> firstDay.equals(line.date()) && isBalanceSheetAccount(line.account()))
                && entry.stream().anyMatch(line -> line.account().startsWith("1"));
    }

    public static boolean isBalanceSheetAccount(String account) {
        char accountClass = account.charAt(0);
        return accountClass >= '1' && accountClass <= '5';
    }
}
