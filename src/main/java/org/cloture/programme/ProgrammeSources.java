package org.cloture.programme;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cloture.activity.Activity;
import org.cloture.banking.BankStatementLine;
import org.cloture.banking.StatedBalance;
import org.cloture.ingest.RejectedRow;
import org.cloture.ingest.table.RegisterReader;
import org.cloture.ingest.table.RegisterSink;
import org.cloture.ingest.table.SheetResult;
import org.cloture.ingest.table.SourceKind;
import org.cloture.membership.Member;
import org.cloture.source.Finding;
import org.cloture.statements.budget.BudgetRow;
import org.cloture.volunteering.VolunteerEntry;

/**
 * Reads the coming year's sheets: planning sheets and budgets, recognised by their headers like any register,
 * and, in the coming year's folder, the activity log rows already entered for it. The year's ingest only
 * recognises planning and budget sheets; this reads them, with the findings of their rows (and only theirs:
 * the registers' findings are the ingest's).
 */
public final class ProgrammeSources {

    /** What the closed year's folder may hold for the coming year. */
    static final Set<SourceKind> CLOSED_YEAR_KINDS = EnumSet.of(SourceKind.PLANNING, SourceKind.BUDGET);
    /** The coming year's folder: its planning, its budget, and its activity log. */
    static final Set<SourceKind> COMING_YEAR_KINDS = EnumSet.of(SourceKind.PLANNING, SourceKind.BUDGET,
            SourceKind.ACTIVITIES);

    private ProgrammeSources() {
    }

    /** What the sheets held. */
    public record Read(List<PlannedAction> actions, List<BudgetRow> budgetRows, List<Activity> activities,
                       List<Finding> findings) {
    }

    /**
     * @param closedYearFiles the closed year's files (relative to its folder) the ingest recognised as planning or
     *                        budget: only those are read again
     * @param columnProfiles  the association's mapping profiles per kind (association.yml {@code columns:})
     */
    public static Read read(Path inputRoot, int closedYear, List<String> closedYearFiles,
                            Map<SourceKind, Map<String, String>> columnProfiles) {
        Collector collector = new Collector();
        Path closed = inputRoot.resolve(Integer.toString(closedYear));
        for (String file : closedYearFiles) {
            readFile(closed.resolve(file), file, closedYear, CLOSED_YEAR_KINDS, columnProfiles, collector);
        }
        Path coming = inputRoot.resolve(Integer.toString(closedYear + 1));
        for (Path file : spreadsheets(coming)) {
            readFile(file, (closedYear + 1) + "/" + file.getFileName(), closedYear + 1, COMING_YEAR_KINDS,
                    columnProfiles, collector);
        }
        return new Read(List.copyOf(collector.actions), List.copyOf(collector.budgetRows),
                List.copyOf(collector.activities), List.copyOf(collector.findings));
    }

    private static void readFile(Path file, String displayName, int folderYear, Set<SourceKind> kinds,
                                 Map<SourceKind, Map<String, String>> profiles, Collector collector) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        List<Finding> found = new ArrayList<>();
        collector.findingsTo = found;
        List<SheetResult> sheets = new RegisterReader(kinds, folderYear).read(file, displayName, profiles, collector);
        Set<String> read = new HashSet<>();
        sheets.stream().filter(sheet -> kinds.contains(sheet.kind())).forEach(sheet -> read.add(String.valueOf(sheet.sheet())));
        // Findings of the sheets read here; the others' (a register, an unknown sheet) are the ingest's to report.
        found.stream().filter(finding -> finding.location() != null
                && read.contains(String.valueOf(finding.location().sheet()))).forEach(collector.findings::add);
    }

    private static List<Path> spreadsheets(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        return org.cloture.ingest.DropFolderIngest.sourceFiles(folder).stream().filter(file -> {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls") || name.endsWith(".ods")
                    || name.endsWith(".csv");
        }).toList();
    }

    /** Keeps the planned actions, budget rows and activities; the registers' rows of a folder are not wanted. */
    private static final class Collector implements RegisterSink {

        private final List<PlannedAction> actions = new ArrayList<>();
        private final List<BudgetRow> budgetRows = new ArrayList<>();
        private final List<Activity> activities = new ArrayList<>();
        private final List<Finding> findings = new ArrayList<>();
        private List<Finding> findingsTo = new ArrayList<>();

        @Override
        public void plannedAction(PlannedAction action) {
            actions.add(action);
        }

        @Override
        public void budgetRow(BudgetRow row) {
            budgetRows.add(row);
        }

        @Override
        public void activity(Activity activity) {
            activities.add(activity);
        }

        @Override
        public void member(Member member) {
        }

        @Override
        public void volunteerEntry(VolunteerEntry entry) {
        }

        @Override
        public void bankLine(BankStatementLine line) {
        }

        @Override
        public void statedBalance(StatedBalance balance) {
        }

        @Override
        public void rejected(RejectedRow row) {
        }

        @Override
        public void finding(Finding finding) {
            findingsTo.add(finding);
        }
    }
}
