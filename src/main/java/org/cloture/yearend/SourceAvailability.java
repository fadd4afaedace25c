package org.cloture.yearend;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cloture.figures.FigureSource;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.store.LoadedFileQueries;

/**
 * Which sources of a year's key figures were read, from what the loads recorded: a register counts as read
 * when a loaded file holds it and no file holding it was unreadable. Otherwise its figures are unknown, and
 * the reason names the files that could not be read or recognised — never a silent zero.
 */
final class SourceAvailability {

    /** Findings that mean a file's rows are missing or incomplete. */
    private static final Set<CheckId> BROKEN = Set.of(CheckId.FILE_UNREADABLE, CheckId.FILE_REFUSED,
            CheckId.CHECK_FAILED);
    /** Findings that mean a file was not taken as any source. */
    private static final Set<CheckId> NOT_RECOGNISED = Set.of(CheckId.SPREADSHEET_UNRECOGNISED,
            CheckId.FILE_UNREADABLE, CheckId.FILE_REFUSED, CheckId.CHECK_FAILED);

    private SourceAvailability() {
    }

    /**
     * @param files     the year's loaded files with the kinds recognised in each
     * @param findings  the findings about the year's files (stored with them, and this run's)
     * @param hasLedger whether the year has accounts
     * @return each source not read, with the reason in French
     */
    static Map<FigureSource, String> unread(int year, List<LoadedFileQueries.LoadedFile> files, List<Finding> findings,
                                            boolean hasLedger) {
        Set<String> broken = filesWith(findings, BROKEN);
        Set<String> troubled = filesWith(findings, NOT_RECOGNISED);
        Map<FigureSource, String> unread = new EnumMap<>(FigureSource.class);
        for (FigureSource source : List.of(FigureSource.MEMBERS, FigureSource.ACTIVITIES, FigureSource.VOLUNTEERING)) {
            List<String> holding = files.stream().filter(file -> kinds(file).contains(source.name()))
                    .map(LoadedFileQueries.LoadedFile::path).toList();
            List<String> incomplete = holding.stream().filter(broken::contains).toList();
            if (!incomplete.isEmpty()) {
                unread.put(source, source.frenchLabel() + " illisible (" + String.join(", ", incomplete) + ")");
            } else if (holding.isEmpty()) {
                unread.put(source, notRead(source, year, troubled));
            }
        }
        if (!hasLedger) {
            unread.put(FigureSource.ACCOUNTS, notRead(FigureSource.ACCOUNTS, year, troubled));
        }
        return unread;
    }

    private static String notRead(FigureSource source, int year, Set<String> troubled) {
        return troubled.isEmpty() ? "aucun " + source.frenchLabel().replaceFirst("^comptabilité", "fichier de comptabilité")
                + " pour " + year
                : source.frenchLabel() + " non lu pour " + year + " (non reconnu ou illisible : "
                + String.join(", ", troubled) + ")";
    }

    private static Set<String> kinds(LoadedFileQueries.LoadedFile file) {
        return file.kinds() == null || file.kinds().isBlank() ? Set.of()
                : Set.copyOf(Arrays.asList(file.kinds().split(",")));
    }

    private static Set<String> filesWith(List<Finding> findings, Set<CheckId> checks) {
        Set<String> files = new TreeSet<>();
        for (Finding finding : findings) {
            if (checks.contains(finding.check()) && finding.location() != null
                    && !finding.location().file().endsWith("/")) {
                files.add(finding.location().file());
            }
        }
        return files;
    }
}
