package org.cloture.ingest;

import org.cloture.activity.Activity;
import org.cloture.banking.BankStatementLine;
import org.cloture.banking.StatedBalance;
import org.cloture.ingest.fec.FecLine;
import org.cloture.membership.Member;
import org.cloture.platform.PlatformTotal;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;
import org.cloture.volunteering.VolunteerEntry;

/**
 * A sink that passes everything on; subclasses look at, or hold back, what they care about. Every row handed
 * over (loaded or rejected) is announced to {@link #handedOver(SourceLocation)} first.
 */
abstract class ForwardingRowSink implements RowSink {

    private final RowSink target;

    ForwardingRowSink(RowSink target) {
        this.target = target;
    }

    @Override
    public void fecLine(FecLine line) {
        handedOver(line.location());
        target.fecLine(line);
    }

    @Override
    public void member(Member member) {
        handedOver(member.location());
        target.member(member);
    }

    @Override
    public void activity(Activity activity) {
        handedOver(activity.location());
        target.activity(activity);
    }

    @Override
    public void volunteerEntry(VolunteerEntry entry) {
        handedOver(entry.location());
        target.volunteerEntry(entry);
    }

    @Override
    public void bankLine(BankStatementLine line) {
        handedOver(line.location());
        target.bankLine(line);
    }

    @Override
    public void statedBalance(StatedBalance balance) {
        target.statedBalance(balance);
    }

    @Override
    public void rejected(RejectedRow row) {
        handedOver(row.location());
        target.rejected(row);
    }

    @Override
    public void finding(Finding finding) {
        target.finding(finding);
    }

    @Override
    public void fecText(org.cloture.ingest.fec.FecTextSource source) {
        target.fecText(source);
    }

    @Override
    public void platformTotal(PlatformTotal total) {
        target.platformTotal(total);
    }

    /** Called with the row's location before each row (loaded or rejected) is passed on; nothing by default. */
    protected void handedOver(SourceLocation row) {
    }
}
