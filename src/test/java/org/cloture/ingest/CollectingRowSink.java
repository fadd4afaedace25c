package org.cloture.ingest;

import java.util.ArrayList;
import java.util.List;

import org.cloture.activity.Activity;
import org.cloture.banking.BankStatementLine;
import org.cloture.banking.StatedBalance;
import org.cloture.ingest.fec.FecLine;
import org.cloture.membership.Member;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.volunteering.VolunteerEntry;

/** Everything a reader hands on, kept in lists for the tests of the readers outside this package. */
public final class CollectingRowSink implements RowSink {

    public final List<FecLine> fecLines = new ArrayList<>();
    public final List<Member> members = new ArrayList<>();
    public final List<Activity> activities = new ArrayList<>();
    public final List<VolunteerEntry> volunteerEntries = new ArrayList<>();
    public final List<BankStatementLine> bankLines = new ArrayList<>();
    public final List<StatedBalance> statedBalances = new ArrayList<>();
    public final List<RejectedRow> rejected = new ArrayList<>();
    public final List<Finding> findings = new ArrayList<>();
    public final List<org.cloture.platform.PlatformTotal> platformTotals = new ArrayList<>();

    /** The findings of one check. */
    public List<Finding> findings(CheckId check) {
        return findings.stream().filter(finding -> finding.check() == check).toList();
    }

    public boolean hasBlockingFinding() {
        return findings.stream().anyMatch(Finding::isBlocking);
    }

    @Override
    public void fecLine(FecLine line) {
        fecLines.add(line);
    }

    @Override
    public void member(Member member) {
        members.add(member);
    }

    @Override
    public void activity(Activity activity) {
        activities.add(activity);
    }

    @Override
    public void volunteerEntry(VolunteerEntry entry) {
        volunteerEntries.add(entry);
    }

    @Override
    public void bankLine(BankStatementLine line) {
        bankLines.add(line);
    }

    @Override
    public void statedBalance(StatedBalance balance) {
        statedBalances.add(balance);
    }

    @Override
    public void rejected(RejectedRow row) {
        rejected.add(row);
    }

    @Override
    public void finding(Finding finding) {
        findings.add(finding);
    }

    @Override
    public void platformTotal(org.cloture.platform.PlatformTotal total) {
        platformTotals.add(total);
    }
}
