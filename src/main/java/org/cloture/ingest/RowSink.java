package org.cloture.ingest;

import org.cloture.activity.Activity;
import org.cloture.banking.BankStatementLine;
import org.cloture.banking.StatedBalance;
import org.cloture.ingest.fec.FecLine;
import org.cloture.membership.Member;
import org.cloture.platform.PlatformTotal;
import org.cloture.source.Finding;
import org.cloture.volunteering.VolunteerEntry;

/**
 * Receives what a reader reads, row by row, so that a large file never sits whole in memory: the store
 * writes rows to the database in batches as they come.
 */
public interface RowSink {

    void fecLine(FecLine line);

    void member(Member member);

    void activity(Activity activity);

    void volunteerEntry(VolunteerEntry entry);

    void bankLine(BankStatementLine line);

    void statedBalance(StatedBalance balance);

    void rejected(RejectedRow row);

    void finding(Finding finding);

    /**
     * The FEC text file whose lines follow: a store may keep the file's place and index instead of the lines
     * of that file (a sheet's lines have no file of their own and are always stored).
     */
    default void fecText(org.cloture.ingest.fec.FecTextSource source) {
    }

    /**
     * A total an online platform's export states (a payout to the bank, a campaign kind's takings). Only the
     * platform readers give them, and only the store keeps them: other sinks may let them pass.
     */
    default void platformTotal(PlatformTotal total) {
    }
}
