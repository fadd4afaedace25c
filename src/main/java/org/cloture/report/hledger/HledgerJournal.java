package org.cloture.report.hledger;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cloture.ledger.LedgerLine;

/**
 * Writes loaded ledger lines as an hledger journal: one transaction per entry (journal, number), one posting
 * per line, the account number as account name and debit − credit as amount. Lets an independent engine
 * recompute the balances, and lets users take their books into plain-text accounting.
 */
public final class HledgerJournal {

    private HledgerJournal() {
    }

    public static void write(List<LedgerLine> lines, Writer out) throws IOException {
        Map<String, List<LedgerLine>> entries = new LinkedHashMap<>();
        for (LedgerLine line : lines) {
            entries.computeIfAbsent(line.journalCode() + '\u0000' + line.entryNum(), key -> new ArrayList<>()).add(line);
        }
        for (List<LedgerLine> entry : entries.values()) {
            LedgerLine first = entry.get(0);
            out.write(first.date() + " (" + inert(first.journalCode()) + " " + inert(first.entryNum()) + ") "
                    + inert(first.label()) + "\n");
            for (LedgerLine line : entry) {
                BigDecimal amount = line.debit().subtract(line.credit());
                out.write("    " + inert(line.account()) + "  " + amount.toPlainString() + "\n");
            }
            out.write("\n");
        }
    }

    /** Text that cannot break the journal syntax: no comment mark, no line break, no double space. */
    private static String inert(String text) {
        if (text == null) {
            return "";
        }
        return text.replace(';', ',').replace('#', ' ').replaceAll("[\\r\\n\\t]+", " ").replaceAll(" {2,}", " ").trim();
    }
}
