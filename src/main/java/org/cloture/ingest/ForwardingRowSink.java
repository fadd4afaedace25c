package org.cloture.ingest;

import org.cloture.activity.Activity;
import org.cloture.banking.BankStatementLine;
import org.cloture.banking.StatedBalance;
import org.cloture.ingest.fec.FecLine;
import org.cloture.membership.Member;
import org.cloture.source.Finding;
import org.cloture.volunteering.VolunteerEntry;

/** A sink that passes everything on; subclasses look at, or hold back, what they care about. */
abstract class ForwardingRowSink implements RowSink {

    private final RowSink target;

    ForwardingRowSink(RowSink target) {
        this.target = target;
    }

    @Override
    public void fecLine(FecLine line) {
        target.fecLine(line);
    }

    @Override
    public void member(Member member) {
        target.member(member);
    }

    @Override
    public void activity(Activity activity) {
        target.activity(activity);
    }

    @Override
    public void volunteerEntry(VolunteerEntry entry) {
        target.volunteerEntry(entry);
    }

    @Override
    public void bankLine(BankStatementLine line) {
        target.bankLine(line);
    }

    @Override
    public void statedBalance(StatedBalance balance) {
        target.statedBalance(balance);
    }

    @Override
    public void rejected(RejectedRow row) {
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
}
