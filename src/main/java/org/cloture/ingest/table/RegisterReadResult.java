package org.cloture.ingest.table;

import org.cloture.ingest.RejectedRow;

import java.util.ArrayList;
import java.util.List;

import org.cloture.activity.Activity;
import org.cloture.membership.Member;
import org.cloture.source.Finding;
import org.cloture.volunteering.VolunteerEntry;

/**
 * Everything read from one file.
 *
 * @param fileFindings problems with the file or a whole sheet (unreadable, unsupported, hidden, unrecognised, empty)
 */
public record RegisterReadResult(String file, List<SheetResult<?>> sheets, List<Finding> fileFindings) {

    public RegisterReadResult {
        sheets = List.copyOf(sheets);
        fileFindings = List.copyOf(fileFindings);
    }

    public List<Member> members() {
        return records(SourceKind.MEMBERS, Member.class);
    }

    public List<Activity> activities() {
        return records(SourceKind.ACTIVITIES, Activity.class);
    }

    public List<VolunteerEntry> volunteerEntries() {
        return records(SourceKind.VOLUNTEERING, VolunteerEntry.class);
    }

    public List<RejectedRow> rejectedRows() {
        return sheets.stream().flatMap(s -> s.rejectedRows().stream()).toList();
    }

    /** File findings first, then each sheet's in row order. */
    public List<Finding> findings() {
        List<Finding> all = new ArrayList<>(fileFindings);
        sheets.forEach(s -> all.addAll(s.findings()));
        return all;
    }

    private <T> List<T> records(SourceKind kind, Class<T> type) {
        return sheets.stream().filter(s -> s.kind() == kind)
                .flatMap(s -> s.records().stream()).map(type::cast).toList();
    }
}
