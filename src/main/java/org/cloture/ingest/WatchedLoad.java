package org.cloture.ingest;

import java.util.EnumSet;
import java.util.Set;
import org.cloture.activity.Activity;
import org.cloture.banking.BankStatementLine;
import org.cloture.ingest.fec.FecLine;
import org.cloture.membership.Member;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;
import org.cloture.volunteering.VolunteerEntry;

/**
 * A file load seen from the ingest: which checks the reader reported, and the last row it handed over, so that
 * a reader failing half-way is reported on the row where it stopped.
 */
final class WatchedLoad extends ForwardingRowSink {

    private final Set<CheckId> reported = EnumSet.noneOf(CheckId.class);
    private SourceLocation lastRow;

    WatchedLoad(RowSink target) {
        super(target);
    }

    boolean reported(CheckId check) {
        return reported.contains(check);
    }

    /** The last row handed over, or null before the first. */
    SourceLocation lastRow() {
        return lastRow;
    }

    @Override
    public void fecLine(FecLine line) {
        lastRow = line.location();
        super.fecLine(line);
    }

    @Override
    public void member(Member member) {
        lastRow = member.location();
        super.member(member);
    }

    @Override
    public void activity(Activity activity) {
        lastRow = activity.location();
        super.activity(activity);
    }

    @Override
    public void volunteerEntry(VolunteerEntry entry) {
        lastRow = entry.location();
        super.volunteerEntry(entry);
    }

    @Override
    public void bankLine(BankStatementLine line) {
        lastRow = line.location();
        super.bankLine(line);
    }

    @Override
    public void rejected(RejectedRow row) {
        lastRow = row.location();
        super.rejected(row);
    }

    @Override
    public void finding(Finding finding) {
        reported.add(finding.check());
        super.finding(finding);
    }
}
