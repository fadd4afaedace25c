package org.cloture.ingest;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

import org.cloture.activity.Activity;
import org.cloture.banking.BankStatementLine;
import org.cloture.banking.StatedBalance;
import org.cloture.config.AssociationConfig;
import org.cloture.ingest.fec.FecLine;
import org.cloture.membership.Member;
import org.cloture.source.Finding;
import org.cloture.volunteering.VolunteerEntry;

/** Keeps what a reader hands to the store, and the order of the calls (rows arrive one by one), for assertions. */
final class RecordingSink implements RowSink {

    final List<FecLine> fecLines = new ArrayList<>();
    final List<Member> members = new ArrayList<>();
    final List<Activity> activities = new ArrayList<>();
    final List<VolunteerEntry> volunteerEntries = new ArrayList<>();
    final List<BankStatementLine> bankLines = new ArrayList<>();
    final List<StatedBalance> statedBalances = new ArrayList<>();
    final List<RejectedRow> rejected = new ArrayList<>();
    final List<Finding> findings = new ArrayList<>();
    final List<String> calls = new ArrayList<>();

    /** A calendar-year association, all the readers need of association.yml. */
    static AssociationConfig calendarYear() {
        return AssociationConfig.minimal("Test", MonthDay.of(1, 1));
    }

    /** The line without where it was read: what must not depend on how a FEC was cut. */
    static FecLine withoutLocation(FecLine l) {
        return new FecLine(l.journalCode(), l.journalLib(), l.entryNum(), l.entryDate(), l.accountNum(),
                l.accountLib(), l.auxNum(), l.auxLib(), l.pieceRef(), l.pieceDate(), l.label(), l.debit(), l.credit(),
                l.letter(), l.letterDate(), l.validDate(), l.currencyAmount(), l.currency(), null);
    }

    @Override
    public void fecLine(FecLine line) {
        fecLines.add(line);
        calls.add("fec");
    }

    @Override
    public void member(Member member) {
        members.add(member);
        calls.add("member " + member.memberId());
    }

    @Override
    public void activity(Activity activity) {
        activities.add(activity);
        calls.add("activity " + activity.title());
    }

    @Override
    public void volunteerEntry(VolunteerEntry entry) {
        volunteerEntries.add(entry);
        calls.add("volunteer " + entry.volunteer());
    }

    @Override
    public void bankLine(BankStatementLine line) {
        bankLines.add(line);
        calls.add("bank " + line.location().row());
    }

    @Override
    public void statedBalance(StatedBalance balance) {
        statedBalances.add(balance);
        calls.add("balance " + balance.date());
    }

    @Override
    public void rejected(RejectedRow row) {
        rejected.add(row);
        calls.add("rejected " + row.location().row());
    }

    @Override
    public void finding(Finding finding) {
        findings.add(finding);
        calls.add("finding " + finding.check());
    }
}
