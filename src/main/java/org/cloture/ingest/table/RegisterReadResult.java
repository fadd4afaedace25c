package org.cloture.ingest.table;

import java.util.ArrayList;
import java.util.List;

import org.cloture.activity.Activity;
import org.cloture.banking.BankStatementLine;
import org.cloture.banking.StatedBalance;
import org.cloture.ingest.RejectedRow;
import org.cloture.membership.Member;
import org.cloture.source.Finding;
import org.cloture.volunteering.VolunteerEntry;

/**
 * Everything read from one file, held in lists: a convenience for tests and small files. The pipeline
 * streams through {@link RegisterReader#read(java.nio.file.Path, String, java.util.Map, RegisterSink)}.
 *
 * @param findings in the order they were met: file and sheet findings where they occur, row findings in row order
 */
public record RegisterReadResult(String file, List<SheetResult> sheets, List<Member> members,
                                 List<Activity> activities, List<VolunteerEntry> volunteerEntries,
                                 List<RejectedRow> rejectedRows, List<Finding> findings,
                                 List<BankStatementLine> bankLines, List<StatedBalance> statedBalances) {

    public RegisterReadResult {
        sheets = List.copyOf(sheets);
        members = List.copyOf(members);
        activities = List.copyOf(activities);
        volunteerEntries = List.copyOf(volunteerEntries);
        rejectedRows = List.copyOf(rejectedRows);
        findings = List.copyOf(findings);
        bankLines = List.copyOf(bankLines);
        statedBalances = List.copyOf(statedBalances);
    }

    /** A sink that keeps everything. */
    static final class Collector implements RegisterSink {

        private final List<Member> members = new ArrayList<>();
        private final List<Activity> activities = new ArrayList<>();
        private final List<VolunteerEntry> volunteerEntries = new ArrayList<>();
        private final List<RejectedRow> rejectedRows = new ArrayList<>();
        private final List<Finding> findings = new ArrayList<>();
        private final List<BankStatementLine> bankLines = new ArrayList<>();
        private final List<StatedBalance> statedBalances = new ArrayList<>();

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
            rejectedRows.add(row);
        }

        @Override
        public void finding(Finding finding) {
            findings.add(finding);
        }

        RegisterReadResult result(String file, List<SheetResult> sheets) {
            return new RegisterReadResult(file, sheets, members, activities, volunteerEntries, rejectedRows, findings,
                    bankLines, statedBalances);
        }
    }
}
