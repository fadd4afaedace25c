package org.cloture.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.cloture.source.SourceLocation;

/**
 * One pass over a year's lines that gathers every accounting fact the later stages need: the trial
 * balance, the lines that may open the year, and the entries that do not balance. Reading a million
 * stored lines is the expensive part of a year-end run, so it is done once; other collectors (the
 * annexe movements) can ride along.
 */
public final class LedgerPass implements Consumer<LedgerLine> {

    private final LocalDate firstDay;
    private final Consumer<LedgerLine> alongside;
    private final TrialBalance.Accumulator balances = new TrialBalance.Accumulator();
    private final List<LedgerLine> openingCandidates = new ArrayList<>();
    /** Per entry: debit and credit in cents, so that half a million entries stay small in the heap. */
    private final Map<String, EntryTotal> entries = new HashMap<>();

    /** An entry (journal, number) whose debits and credits differ, located at its first line. */
    public record UnbalancedEntry(String journalCode, String entryNum, BigDecimal debit, BigDecimal credit,
                                  SourceLocation firstLine) {
    }

    private static final class EntryTotal {
        final LedgerLine first;
        long debitCents;
        long creditCents;

        EntryTotal(LedgerLine first) {
            this.first = first;
        }
    }

    public LedgerPass(LocalDate firstDay, Consumer<LedgerLine> alongside) {
        this.firstDay = firstDay;
        this.alongside = alongside;
    }

    @Override
    public void accept(LedgerLine line) {
        balances.accept(line);
        if (OpeningEntries.mayBeOpening(line, firstDay)) {
            openingCandidates.add(line);
        }
        EntryTotal total = entries.computeIfAbsent(line.journalCode() + '\u0000' + line.entryNum(),
                key -> new EntryTotal(line));
        total.debitCents += line.debit().movePointRight(2).longValueExact();
        total.creditCents += line.credit().movePointRight(2).longValueExact();
        alongside.accept(line);
    }

    public TrialBalance trialBalance() {
        return balances.trialBalance();
    }

    public List<LedgerLine> openingCandidates() {
        return openingCandidates;
    }

    /** Unbalanced entries in the order of their first line. */
    public List<UnbalancedEntry> unbalancedEntries() {
        List<UnbalancedEntry> unbalanced = new ArrayList<>();
        for (EntryTotal total : entries.values()) {
            if (total.debitCents != total.creditCents) {
                unbalanced.add(new UnbalancedEntry(total.first.journalCode(), total.first.entryNum(),
                        BigDecimal.valueOf(total.debitCents, 2), BigDecimal.valueOf(total.creditCents, 2),
                        total.first.location()));
            }
        }
        unbalanced.sort(java.util.Comparator.comparing((UnbalancedEntry entry) -> entry.firstLine().file())
                .thenComparing(entry -> entry.firstLine().row() == null ? 0 : entry.firstLine().row()));
        return unbalanced;
    }
}
