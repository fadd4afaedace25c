package org.cloture.ingest;

import java.util.List;
import java.util.Set;
import org.cloture.activity.Activity;
import org.cloture.ingest.fec.FecLine;
import org.cloture.membership.Member;
import org.cloture.source.Finding;
import org.cloture.volunteering.VolunteerEntry;

/** Everything read from one input file: its loadable rows, its rejected rows and its findings. */
public record FileContent(Set<SourceKindName> kinds, int rowsRead, List<FecLine> fecLines, List<Member> members,
                          List<Activity> activities, List<VolunteerEntry> volunteerHours,
                          List<RejectedRow> rejected, List<Finding> findings) {

    /** The sources a file can hold, as recorded in the database. */
    public enum SourceKindName { FEC, MEMBERS, ACTIVITIES, VOLUNTEERING }

    public static FileContent onlyFindings(List<Finding> findings) {
        return new FileContent(Set.of(), 0, List.of(), List.of(), List.of(), List.of(), List.of(), findings);
    }

    public int rowsLoaded() {
        return fecLines.size() + members.size() + activities.size() + volunteerHours.size();
    }
}
