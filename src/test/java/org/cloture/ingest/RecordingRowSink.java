package org.cloture.ingest;

import java.util.ArrayList;
import java.util.List;

import org.cloture.activity.Activity;
import org.cloture.ingest.fec.FecLine;
import org.cloture.membership.Member;
import org.cloture.source.Finding;
import org.cloture.volunteering.VolunteerEntry;

/** Keeps what a reader hands over, and the order of the calls, to show rows arrive one by one. */
final class RecordingRowSink implements RowSink {

    final List<Member> members = new ArrayList<>();
    final List<Activity> activities = new ArrayList<>();
    final List<VolunteerEntry> volunteerEntries = new ArrayList<>();
    final List<RejectedRow> rejected = new ArrayList<>();
    final List<Finding> findings = new ArrayList<>();
    final List<String> calls = new ArrayList<>();

    @Override
    public void fecLine(FecLine line) {
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
