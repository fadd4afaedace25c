package org.cloture.ingest.fec;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cloture.money.Amounts;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;

/** Balance of each entry and of the whole file (fec.md §4–§5), run once all parts are read. */
public final class FecBalanceChecks {

    /** Software numbers entries either over the file or per journal: the pair covers both. */
    private record EntryKey(String journalCode, String entryNum) {
    }

    private static final class Totals {
        final SourceLocation first;
        BigDecimal debit = Amounts.ZERO;
        BigDecimal credit = Amounts.ZERO;

        Totals(SourceLocation first) {
            this.first = first;
        }

        void add(FecLine line) {
            debit = debit.add(line.debit());
            credit = credit.add(line.credit());
        }
    }

    private FecBalanceChecks() {
    }

    /**
     * One blocking finding per unbalanced entry, located on its first line, then one if the file
     * totals differ. Entries are reported in order of first appearance.
     */
    public static List<Finding> check(List<FecLine> lines) {
        Map<EntryKey, Totals> entries = new LinkedHashMap<>();
        Totals file = null;
        for (FecLine line : lines) {
            entries.computeIfAbsent(new EntryKey(line.journalCode(), line.entryNum()),
                    key -> new Totals(line.location())).add(line);
            if (file == null) {
                file = new Totals(SourceLocation.ofFile(line.location().file()));
            }
            file.add(line);
        }
        List<Finding> findings = new ArrayList<>();
        entries.forEach((key, totals) -> {
            if (totals.debit.compareTo(totals.credit) != 0) {
                String entry = key.journalCode() + " " + key.entryNum();
                findings.add(Finding.of(CheckId.FEC_UNBALANCED_ENTRY, totals.first, entry, entry,
                        FecAmounts.french(totals.debit), FecAmounts.french(totals.credit)));
            }
        });
        if (file != null && file.debit.compareTo(file.credit) != 0) {
            findings.add(Finding.of(CheckId.FEC_UNBALANCED_FILE, file.first, null,
                    FecAmounts.french(file.debit), FecAmounts.french(file.credit)));
        }
        return findings;
    }
}
