package org.cloture.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cloture.ingest.fec.FecLine;
import org.cloture.ledger.OpeningEntries;
import org.cloture.source.SourceLocation;

/**
 * What the year-end stages need of one file's FEC lines, gathered while the file loads: account totals, the
 * parts of entries that do not balance, and the few key lines (opening journals, the first day, 19x, 2x).
 * Memory holds one total per account and the entry being read, never the file.
 */
final class FileLedgerTotals {

    /** Σ debit and Σ credit of an account (and auxiliary account) in one file. */
    record AccountTotal(String account, String auxiliary, String accountLabel, String auxiliaryLabel,
                        BigDecimal debit, BigDecimal credit) {
    }

    /** A running total, updated in place: a million lines must not make a million total objects. */
    private static final class RunningTotal {
        final String account;
        final String auxiliary;
        String accountLabel;
        String auxiliaryLabel;
        BigDecimal debit = BigDecimal.ZERO;
        BigDecimal credit = BigDecimal.ZERO;

        RunningTotal(FecLine line) {
            account = line.accountNum();
            auxiliary = line.auxNum();
        }

        void add(FecLine line) {
            accountLabel = accountLabel != null ? accountLabel : line.accountLib();
            auxiliaryLabel = auxiliaryLabel != null ? auxiliaryLabel : line.auxLib();
            debit = debit.add(line.debit());
            credit = credit.add(line.credit());
        }

        AccountTotal total() {
            return new AccountTotal(account, auxiliary, accountLabel, auxiliaryLabel, debit, credit);
        }
    }

    /** Consecutive lines of one entry whose debits and credits differ; located at their first line. */
    record EntryImbalance(String journalCode, String entryNum, BigDecimal debit, BigDecimal credit,
                          SourceLocation firstLine) {
    }

    private final LocalDate firstDay;
    /** An account and auxiliary account: a key without building a string per line. */
    private record AccountKey(String account, String auxiliary) {
    }

    private final Map<AccountKey, RunningTotal> accounts = new LinkedHashMap<>();
    private String lastJournal;
    private boolean lastJournalOpens;
    private final List<EntryImbalance> imbalances = new ArrayList<>();
    private final List<FecLine> keyLines = new ArrayList<>();
    private String entryKey;
    private FecLine entryFirst;
    private BigDecimal entryDebit;
    private BigDecimal entryCredit;
    private LocalDate firstEntryDate;
    private LocalDate lastEntryDate;

    FileLedgerTotals(LocalDate firstDay) {
        this.firstDay = firstDay;
    }

    void accept(FecLine line) {
        accounts.computeIfAbsent(new AccountKey(line.accountNum(), line.auxNum()), key -> new RunningTotal(line))
                .add(line);
        LocalDate date = line.entryDate();
        if (date != null) {
            firstEntryDate = firstEntryDate == null || date.isBefore(firstEntryDate) ? date : firstEntryDate;
            lastEntryDate = lastEntryDate == null || date.isAfter(lastEntryDate) ? date : lastEntryDate;
        }
        String key = line.journalCode() + '\u0000' + line.entryNum();
        if (!key.equals(entryKey)) {
            closeEntry();
            entryKey = key;
            entryFirst = line;
            entryDebit = BigDecimal.ZERO;
            entryCredit = BigDecimal.ZERO;
        }
        entryDebit = entryDebit.add(line.debit());
        entryCredit = entryCredit.add(line.credit());
        if (isKeyLine(line)) {
            keyLines.add(line);
        }
    }

    /** A part of an entry that balances adds nothing to the entry's total: only the others are kept. */
    void closeEntry() {
        if (entryKey != null && entryDebit.compareTo(entryCredit) != 0) {
            imbalances.add(new EntryImbalance(entryFirst.journalCode(), entryFirst.entryNum(), entryDebit, entryCredit,
                    entryFirst.location()));
        }
        entryKey = null;
    }

    private boolean isKeyLine(FecLine line) {
        String account = line.accountNum();
        return account.startsWith("2") || account.startsWith("19") || firstDay.equals(line.entryDate())
                || opensTheYear(line.journalCode());
    }

    /** The journal of the previous line is almost always the journal of this one: decide once per run of lines. */
    private boolean opensTheYear(String journal) {
        if (!Objects.equals(journal, lastJournal)) {
            lastJournal = journal;
            lastJournalOpens = OpeningEntries.isOpeningJournal(journal);
        }
        return lastJournalOpens;
    }

    /** The key lines gathered since the last call, for the next batch. */
    List<FecLine> drainKeyLines() {
        List<FecLine> drained = List.copyOf(keyLines);
        keyLines.clear();
        return drained;
    }

    /** The unbalanced entry parts gathered since the last call, for the next batch. */
    List<EntryImbalance> drainImbalances() {
        List<EntryImbalance> drained = List.copyOf(imbalances);
        imbalances.clear();
        return drained;
    }

    /** The earliest entry date of the file's lines, null without lines. */
    LocalDate firstEntryDate() {
        return firstEntryDate;
    }

    /** The latest entry date of the file's lines, null without lines. */
    LocalDate lastEntryDate() {
        return lastEntryDate;
    }

    List<AccountTotal> accountTotals() {
        return accounts.values().stream().map(RunningTotal::total).toList();
    }
}
