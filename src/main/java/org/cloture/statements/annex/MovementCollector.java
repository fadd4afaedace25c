package org.cloture.statements.annex;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.cloture.ledger.OpeningEntries;
import org.cloture.ledger.LedgerLine;

/**
 * Splits the lines of a year into à-nouveaux and movements, per account, for the accounts the annexe
 * follows (fixed assets, depreciation, dedicated funds). Lines stream through once: only the kept
 * accounts' totals and the first day's candidate entries are held, so a million-line ledger fits a
 * small heap.
 */
public final class MovementCollector implements Consumer<LedgerLine> {

    /** Accounts whose movements the annexe tables show: 19x, 20–27, 28, 29. */
    public static final Predicate<String> ANNEX_ACCOUNTS = account -> account.startsWith("19")
            || (account.length() > 1 && account.charAt(0) == '2' && account.charAt(1) >= '0' && account.charAt(1) <= '9');

    private final LocalDate firstDay;
    private final Predicate<String> kept;
    private final Map<String, AccountMovement> movements = new TreeMap<>();
    /** First-day entries outside an opening journal, until we know whether the year has one. */
    private final Map<String, PendingEntry> firstDayEntries = new LinkedHashMap<>();
    private boolean openingJournalSeen;

    public MovementCollector(LocalDate firstDay, Predicate<String> kept) {
        this.firstDay = firstDay;
        this.kept = kept;
    }

    public MovementCollector(LocalDate firstDay) {
        this(firstDay, ANNEX_ACCOUNTS);
    }

    /** A first-day entry: all its lines until the year is read, to tell an opening from an operation. */
    private static final class PendingEntry {
        final List<LedgerLine> lines = new ArrayList<>();
        final List<LedgerLine> keptLines = new ArrayList<>();
    }

    @Override
    public void accept(LedgerLine line) {
        if (OpeningEntries.isOpeningJournal(line.journalCode())) {
            openingJournalSeen = true;
            if (kept.test(line.account())) {
                add(line, true);
            }
        } else if (line.date() != null && line.date().equals(firstDay)) {
            PendingEntry entry = firstDayEntries.computeIfAbsent(OpeningEntries.entryKey(line),
                    key -> new PendingEntry());
            entry.lines.add(line);
            if (kept.test(line.account())) {
                entry.keptLines.add(line);
            }
        } else if (kept.test(line.account())) {
            add(line, false);
        }
    }

    /** The movements per account, in account order, once every line has been accepted. */
    public List<AccountMovement> movements() {
        // The same rule as the à-nouveaux check and the bank reconciliation (OpeningEntries), whatever the journal.
        java.util.Set<String> openingKeys = openingJournalSeen ? java.util.Set.of()
                : OpeningEntries.entryKeys(firstDayEntries.values().stream().flatMap(entry -> entry.lines.stream())
                        .toList(), firstDay);
        firstDayEntries.forEach((key, entry) -> {
            boolean opening = openingKeys.contains(key);
            entry.keptLines.forEach(line -> add(line, opening));
        });
        firstDayEntries.clear();
        return List.copyOf(movements.values());
    }

    private void add(LedgerLine line, boolean opening) {
        AccountMovement current = movements.computeIfAbsent(line.account(),
                account -> AccountMovement.empty(account, line.accountLabel()));
        if (current.label() == null && line.accountLabel() != null) {
            current = new AccountMovement(current.account(), line.accountLabel(), current.opening(), current.debits(),
                    current.credits());
        }
        BigDecimal debit = line.debit();
        BigDecimal credit = line.credit();
        movements.put(line.account(), opening ? current.plusOpening(debit.subtract(credit))
                : current.plusMovement(debit, credit));
    }
}
