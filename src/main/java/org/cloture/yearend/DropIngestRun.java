package org.cloture.yearend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cloture.config.AssociationConfigLoader;
import org.cloture.ingest.DropFolderIngest;
import org.cloture.ingest.RejectedRow;
import org.cloture.report.AtomicFiles;
import org.cloture.report.feedback.DropFeedback;
import org.cloture.report.feedback.FileFeedback;
import org.cloture.source.Finding;
import org.cloture.store.LoadedFileQueries;

/**
 * What {@code cloture serve} does when files are dropped in a year folder: load the folder (only what
 * changed), then tell staff, file by file, what was loaded and what is wrong. The ingest job runs one
 * method per step.
 */
public class DropIngestRun {

    private final int year;
    private final Path inputRoot;
    private final Path reportsRoot;
    private final LoadedFileQueries fileQueries;
    private final DropFolderIngest ingest;
    private final Clock clock;

    private DropFolderIngest.YearIngest loaded;
    private final List<Path> feedbackFiles = new ArrayList<>();

    public DropIngestRun(int year, Path inputRoot, Path reportsRoot, LoadedFileQueries fileQueries,
                         DropFolderIngest ingest,
                         Clock clock) {
        this.year = year;
        this.inputRoot = inputRoot;
        this.reportsRoot = reportsRoot;
        this.fileQueries = fileQueries;
        this.ingest = ingest;
        this.clock = clock;
    }

    /** Step 1: the year folder, each file loaded once, replaced when changed, withdrawn when gone. */
    public void ingest() {
        loaded = ingest.ingestYear(inputRoot, year, AssociationConfigLoader.load(inputRoot).config());
    }

    /** Step 2: one note per file this load touched (an unchanged file keeps its note). */
    public void feedback() {
        LocalDateTime now = LocalDateTime.now(clock);
        Map<String, LoadedFileQueries.LoadedFile> files = fileQueries.loadedFiles(year).stream()
                .collect(Collectors.toMap(LoadedFileQueries.LoadedFile::path, Function.identity()));
        Map<String, List<RejectedRow>> rejected = fileQueries.rejectedRows(year).stream()
                .collect(Collectors.groupingBy(row -> row.location().file()));
        Map<String, List<Finding>> stored = fileQueries.fileFindings(year).stream()
                .collect(Collectors.groupingBy(finding -> finding.location().file()));
        for (DropFolderIngest.FileOutcome outcome : loaded.files()) {
            String path = outcome.path();
            List<Finding> findings = new ArrayList<>(stored.getOrDefault(path, List.of()));
            loaded.runFindings().stream().filter(finding -> finding.location() != null
                    && path.equals(finding.location().file())).forEach(findings::add);
            switch (outcome.outcome()) {
                case LOADED -> {
                    LoadedFileQueries.LoadedFile file = files.get(path);
                    write(new FileFeedback(path, year, FileFeedback.Status.LOADED, now,
                            file == null ? null : file.kinds(), file == null ? 0 : file.rowsRead(),
                            file == null ? 0 : file.rowsLoaded(), file == null ? 0 : file.rowsRejected(),
                            rejected.getOrDefault(path, List.of()), findings));
                }
                case DUPLICATE -> write(nothingLoaded(path, FileFeedback.Status.DUPLICATE, now, findings));
                case IGNORED -> write(nothingLoaded(path, FileFeedback.Status.NOT_READ, now, findings));
                case UNCHANGED -> {
                    // Nothing new to say: its note from the load that read it still holds.
                }
            }
        }
        for (String path : loaded.withdrawn()) {
            write(nothingLoaded(path, FileFeedback.Status.WITHDRAWN, now, List.of()));
        }
    }

    private FileFeedback nothingLoaded(String path, FileFeedback.Status status, LocalDateTime now,
                                       List<Finding> findings) {
        return new FileFeedback(path, year, status, now, null, 0, 0, 0, List.of(), findings);
    }

    private void write(FileFeedback feedback) {
        Path target = DropFeedback.fileFor(reportsRoot, year, feedback.path());
        try {
            AtomicFiles.write(target, DropFeedback.render(feedback).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Écriture impossible : " + target, e);
        }
        feedbackFiles.add(target);
    }

    /** What the load did (null before the ingest step). */
    public DropFolderIngest.YearIngest loaded() {
        return loaded;
    }

    /** The notes written for staff by the feedback step. */
    public List<Path> feedbackFiles() {
        return List.copyOf(feedbackFiles);
    }

    public int year() {
        return year;
    }
}
