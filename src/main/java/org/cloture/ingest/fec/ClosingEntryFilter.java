package org.cloture.ingest.fec;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.cloture.money.Amounts;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;

/**
 * Closing entries of classes 6 and 7 (fec.md §1 and §5). A FEC must not hold them: once expenses and
 * income are moved to 120/129 their balances are zero and the result of the year would read 0.
 *
 * <p>The rule implemented, on each entry (contiguous lines with the same JournalCode and EcritureNum):
 * <ul>
 *   <li><b>set aside</b> (warning): every line is on class 6, class 7 or account 12x (120 excédent,
 *       129 déficit), at least one is on 6 or 7, at least one on 12x, and the entry balances. Its lines
 *       are not loaded: each becomes a rejected line, raw text kept, and one warning names the entry.
 *       The journal code (often CL/CLO) is not required: the accounts say what the entry does.</li>
 *   <li><b>blocking</b>: an entry that moves 6/7 to 12x but also touches other accounts, or does not
 *       balance, cannot be set aside without guessing; its lines are loaded and one blocking finding
 *       names it.</li>
 *   <li><b>blocking</b>, for a file that is not one part of a split export and where no entry above was
 *       found: lines on class 6 and on class 7 were loaded and both classes net to zero — the closing was done in a way not recognised above
 *       (several entries, say). One part alone cannot tell, the ledger sees the year as a whole.</li>
 * </ul>
 * Memory: only the lines of the current entry are held, and only while they could still be a closing
 * entry (all on 6/7/12x so far); an ordinary entry is passed on at its first line on another class.
 */
final class ClosingEntryFilter {

    /** A closing entry has one line per account of classes 6 and 7; far more is not one. */
    static final int MAX_BUFFERED_LINES = 50_000;

    private record Held(FecLine line, String raw) {
    }

    private final FecLineConsumer out;
    private final String file;
    private final boolean wholeFile;
    private final List<Held> held = new ArrayList<>();
    private String journal;
    private String entryNum;
    private SourceLocation entryStart;
    private boolean candidate;
    private boolean hasIncomeOrExpense;
    private boolean hasResult;
    private String resultAccount;
    private BigDecimal entryBalance = Amounts.ZERO;
    private BigDecimal class6 = Amounts.ZERO;
    private BigDecimal class7 = Amounts.ZERO;
    private long expenseLinesLoaded;
    private long incomeLinesLoaded;
    private boolean closingReported;

    /** @param wholeFile false for one part of a split export: the file-level check needs the whole year */
    ClosingEntryFilter(FecLineConsumer out, String file, boolean wholeFile) {
        this.out = out;
        this.file = file;
        this.wholeFile = wholeFile;
    }

    void accept(FecLine line, String raw) {
        if (!Objects.equals(line.journalCode(), journal) || !Objects.equals(line.entryNum(), entryNum)) {
            endEntry();
            startEntry(line);
        }
        String account = line.accountNum();
        boolean incomeOrExpense = account.startsWith("6") || account.startsWith("7");
        boolean result = account.startsWith("12");
        hasIncomeOrExpense |= incomeOrExpense;
        if (result && !hasResult) {
            hasResult = true;
            resultAccount = account;
        }
        entryBalance = entryBalance.add(line.balance());
        if (candidate && (incomeOrExpense || result) && held.size() < MAX_BUFFERED_LINES) {
            held.add(new Held(line, FecLineParser.capped(raw)));
            return;
        }
        if (candidate) {
            candidate = false;
            releaseHeld();
        }
        load(line);
    }

    /** Ends the last entry, then the file-level check. */
    void finish() {
        endEntry();
        boolean bothSettled = expenseLinesLoaded > 0 && incomeLinesLoaded > 0 && class6.signum() == 0
                && class7.signum() == 0;
        if (wholeFile && !closingReported && bothSettled) {
            out.finding(Finding.of(CheckId.FEC_CLOSING_ENTRY_UNIDENTIFIED, SourceLocation.ofFile(file), null,
                    "Les comptes de classes 6 et 7 sont tous soldés"));
        }
    }

    private void startEntry(FecLine line) {
        journal = line.journalCode();
        entryNum = line.entryNum();
        entryStart = line.location();
        candidate = true;
        hasIncomeOrExpense = false;
        hasResult = false;
        resultAccount = null;
        entryBalance = Amounts.ZERO;
    }

    private void endEntry() {
        if (journal == null) {
            return;
        }
        boolean closing = hasIncomeOrExpense && hasResult;
        if (closing && candidate && entryBalance.signum() == 0) {
            setAside();
        } else {
            releaseHeld();
            if (closing) {
                closingReported = true;
                out.finding(Finding.of(CheckId.FEC_CLOSING_ENTRY_UNIDENTIFIED, entryStart, entryNum,
                        "Écriture " + journal + " " + entryNum));
            }
        }
        journal = null;
        entryNum = null;
    }

    private void setAside() {
        closingReported = true;
        String entry = journal + " " + entryNum;
        Finding warning = Finding.of(CheckId.FEC_CLOSING_ENTRY_SET_ASIDE, entryStart, entryNum, entry,
                resultAccount, held.size());
        out.finding(warning);
        for (Held line : held) {
            out.rejected(new RejectedLine(line.line().location(), line.raw(), warning.message()));
        }
        held.clear();
    }

    private void releaseHeld() {
        held.forEach(line -> load(line.line()));
        held.clear();
    }

    private void load(FecLine line) {
        String account = line.accountNum();
        if (account.startsWith("6")) {
            class6 = class6.add(line.balance());
            expenseLinesLoaded++;
        } else if (account.startsWith("7")) {
            class7 = class7.add(line.balance());
            incomeLinesLoaded++;
        }
        out.line(line);
    }
}
