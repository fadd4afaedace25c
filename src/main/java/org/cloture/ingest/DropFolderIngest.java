package org.cloture.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.cloture.config.AssociationConfig;
import org.cloture.ingest.bank.BankCsvFileReader;
import org.cloture.ingest.bank.Cfonb120FileReader;
import org.cloture.ingest.helloasso.HelloAssoFileReader;
import org.cloture.ingest.ofx.OfxFileReader;
import org.cloture.source.CheckGuard;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;

/**
 * Loads the files of one year folder into the staging store: each file once, replaced when its content
 * changes, withdrawn when it disappears. Input files are only read, never modified, moved or kept open.
 * A federation's member folders ({@link MemberFolders}) are loaded the same way, each file tagged with its
 * member.
 */
public final class DropFolderIngest {

    /** A federation member's own settings, in its folder (see yearend.MemberInput); never a data file. */
    public static final String MEMBER_SETTINGS = "association.yml";

    /**
     * Files staff keep beside the data that are not loaded as rows: the report's and the programme's texts,
     * published N-1 statements.
     */
    private static final Set<String> NOT_SOURCES = Set.of("rapport.md", "rapport.docx", "programme.md",
            "programme.docx", "readme.md", "thumbs.db", MEMBER_SETTINGS, PublishedStatementsReader.FILE_NAME);

    private final StagingStore store;
    private final List<SourceFileReader> readers;
    private final LoadProgress progress;

    /**
     * Every reader, in the order a file is offered to them: an OFX document or a CFONB 120 file is a bank
     * statement, a text file that looks like a FEC is a FEC, a HelloAsso export or a bank's own CSV export is
     * recognised by its exact header (each platform's layout), a sheet with ledger columns is a ledger, any other
     * table is a register or a bank statement export recognised by its headers.
     */
    public static List<SourceFileReader> allReaders() {
        RegisterFileReader registers = new RegisterFileReader();
        return List.of(new OfxFileReader(), new Cfonb120FileReader(), new FecFileReader(), new HelloAssoFileReader(),
                new BankCsvFileReader(), new LedgerAndRegistersReader(new LedgerSheetReader(), registers), registers);
    }

    public DropFolderIngest(StagingStore store) {
        this(store, allReaders());
    }

    public DropFolderIngest(StagingStore store, List<SourceFileReader> readers) {
        this(store, readers, LoadProgress.NONE);
    }

    /** An ingest that tells {@code progress} which file it reads and how it ended. */
    public DropFolderIngest(StagingStore store, List<SourceFileReader> readers, LoadProgress progress) {
        this.store = store;
        this.readers = List.copyOf(readers);
        this.progress = progress;
    }

    /** What happened to one file of the folder during this run. */
    public enum Outcome { LOADED, UNCHANGED, DUPLICATE, IGNORED }

    public record FileOutcome(String path, Outcome outcome) {
    }

    /** What one run did to a year folder; findings of this run only (stored findings stay in the store). */
    public record YearIngest(int year, boolean folderExists, List<FileOutcome> files, List<String> withdrawn,
                             List<Finding> runFindings) {
    }

    public YearIngest ingestYear(Path inputRoot, int year, AssociationConfig config) {
        return ingestYear(inputRoot, year, config, true);
    }

    /**
     * @param memberFolders whether a federation's member folders are loaded too (the drop folder service
     *                      gives feedback on every file); a year-end run closes each member on its own and
     *                      loads only the federation's files, still saying which member folders are missing
     *                      or undeclared
     */
    public YearIngest ingestYear(Path inputRoot, int year, AssociationConfig config, boolean memberFolders) {
        store.discardUnfinishedLoads();
        Path folder = inputRoot.resolve(Integer.toString(year));
        if (!Files.isDirectory(folder)) {
            return new YearIngest(year, false, List.of(), List.of(), List.of());
        }
        List<FileOutcome> outcomes = new ArrayList<>();
        List<Finding> runFindings = new ArrayList<>();
        Set<String> present = new HashSet<>();
        runFindings.addAll(notRegularEntries(folder, folder));
        for (Path file : sourceFiles(folder)) {
            String path = folder.relativize(file).toString().replace('\\', '/');
            Optional<String> ignoredBy = config.ignoredBy(year, path);
            if (ignoredBy.isPresent()) {
                // Listed under ignore: in association.yml: not read, and a version loaded before is withdrawn.
                runFindings.add(Finding.of(CheckId.FILE_IGNORED, SourceLocation.ofFile(path), null, ignoredBy.get()));
                outcomes.add(new FileOutcome(path, Outcome.IGNORED));
                continue;
            }
            if (isNotTabular(path)) {
                runFindings.add(Finding.of(CheckId.FILE_NOT_TABULAR, SourceLocation.ofFile(path), null,
                        kindOf(path)));
                outcomes.add(new FileOutcome(path, Outcome.IGNORED));
                continue;
            }
            present.add(path);
            outcomes.add(new FileOutcome(path, ingestFile(file, path, null, year, config, runFindings)));
        }
        for (Path image : images(folder)) {
            runFindings.add(Finding.of(CheckId.FILE_NOT_TABULAR, SourceLocation.ofFile(image.getFileName().toString()),
                    null, "image"));
        }
        // A federation's members: each folder read like the year folder, its files tagged with the member.
        MemberFolders.Listing subfolders = MemberFolders.of(folder, year, config);
        runFindings.addAll(subfolders.findings());
        for (String member : memberFolders ? subfolders.members() : List.<String>of()) {
            runFindings.addAll(notRegularEntries(folder, folder.resolve(member)));
            for (Path file : sourceFiles(folder.resolve(member))) {
                String path = folder.relativize(file).toString().replace('\\', '/');
                present.add(path);
                outcomes.add(new FileOutcome(path, ingestFile(file, path, member, year, config, runFindings)));
            }
        }
        List<String> withdrawn = store.withdrawAllBut(year, present);
        return new YearIngest(year, true, outcomes, withdrawn, runFindings);
    }

    /** @param member the federation member whose folder holds the file; null for the association's own */
    private Outcome ingestFile(Path file, String path, String member, int year, AssociationConfig config,
                               List<Finding> runFindings) {
        FileFingerprint fingerprint;
        try {
            fingerprint = FileFingerprint.of(file);
        } catch (IOException e) {
            runFindings.add(Finding.of(CheckId.FILE_UNREADABLE, SourceLocation.ofFile(path), null,
                    e.getClass().getSimpleName()));
            return Outcome.IGNORED;
        }
        if (store.isLoaded(year, path, fingerprint, file, config.fiscalYearStartOf(year))) {
            return Outcome.UNCHANGED;
        }
        Optional<String> twin = store.pathWithContent(year, member, fingerprint.sha256(), path);
        if (twin.isPresent()) {
            runFindings.add(Finding.of(CheckId.FILE_DUPLICATE, SourceLocation.ofFile(path), null, twin.get()));
            return Outcome.DUPLICATE;
        }
        Optional<SourceFileReader> reader = readers.stream().filter(candidate -> candidate.accepts(file)).findFirst();
        progress.fileStarted(year, path, fingerprint.size());
        StagingStore.FileLoad load = store.begin(year, member, path, fingerprint.sha256(), fingerprint.size(),
                config.fiscalYearStartOf(year));
        if (reader.isEmpty()) {
            load.finding(Finding.of(CheckId.FILE_UNSUPPORTED, SourceLocation.ofFile(path), null, extension(path)));
            load.commit(ReadSummary.nothing());
            progress.fileFinished(year, path, Outcome.LOADED, 0);
            return Outcome.LOADED;
        }
        WatchedLoad watched = new WatchedLoad(load);
        ReadSummary summary;
        try {
            summary = reader.get().read(file, path, year, config, watched);
        } catch (RuntimeException | StackOverflowError e) {
            // A reader (or the store under it) failed: the file is not loaded, the others are, and the
            // treasurer is told where it stopped. The database error, if any, stays in cloture.log.
            abandonQuietly(load);
            SourceLocation where = watched.lastRow() != null ? watched.lastRow() : SourceLocation.ofFile(path);
            runFindings.add(CheckGuard.failure("ingest", "read", "Lecture du fichier « " + path + " »"
                    + (watched.lastRow() != null ? " (arrêtée après la ligne " + where.row() + ")" : ""), where, e));
            progress.fileFinished(year, path, Outcome.IGNORED, 0);
            return Outcome.IGNORED;
        }
        if (changedWhileRead(file, fingerprint)) {
            abandonQuietly(load);
            runFindings.add(Finding.of(CheckId.FILE_BEING_WRITTEN, SourceLocation.ofFile(path), null));
            progress.fileFinished(year, path, Outcome.IGNORED, 0);
            return Outcome.IGNORED;
        }
        // A near miss or a missing header row is an unrecognised file that says more precisely why.
        boolean unrecognised = watched.reported(CheckId.FILE_UNRECOGNISED) || watched.reported(CheckId.FILE_NEAR_MISS)
                || watched.reported(CheckId.FILE_HEADER_MISSING);
        if (summary.kinds().isEmpty() && unrecognised) {
            // A spreadsheet none of whose sheets is a source: its figures would silently be missing.
            load.finding(Finding.of(CheckId.SPREADSHEET_UNRECOGNISED, SourceLocation.ofFile(path), null));
        }
        try {
            load.commit(summary);
        } catch (RuntimeException e) {
            abandonQuietly(load);
            runFindings.add(CheckGuard.failure("ingest", "store", "Enregistrement du fichier « " + path
                    + " » dans la base (le fichier n'est pas chargé)", SourceLocation.ofFile(path), e));
            progress.fileFinished(year, path, Outcome.IGNORED, 0);
            return Outcome.IGNORED;
        }
        progress.fileFinished(year, path, Outcome.LOADED, summary.rowsRead());
        return Outcome.LOADED;
    }

    /** Drops a failed load; the store stays usable even if dropping it fails too (the next run discards it). */
    private static void abandonQuietly(StagingStore.FileLoad load) {
        try {
            load.abandon();
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(DropFolderIngest.class).error("Could not drop a failed load", e);
        }
    }

    /** A file still being copied into the folder changes size or date while it is read: read it next time. */
    private static boolean changedWhileRead(Path file, FileFingerprint before) {
        try {
            return Files.size(file) != before.size() || !Files.getLastModifiedTime(file).equals(before.modified());
        } catch (IOException e) {
            return true;
        }
    }

    /**
     * The files of a year folder that a run would offer to the readers, sorted (office lock files, hidden
     * files, images and the narrative are left out). Only regular files, judged without following links: a
     * link named comptes.csv pointing to /etc/passwd, a FIFO (whose read would block) or a device is never
     * read ({@link #notRegularEntries} makes each a finding).
     */
    public static List<Path> sourceFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
                    .filter(DropFolderIngest::isSourceCandidate).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * A finding for each entry of {@code folder} that looks like a drop but is a symbolic link, a FIFO, a
     * device or a socket: such entries are left unread, and staff are told why. A link to a folder is one
     * too (a member folder is never reached through a link).
     */
    public static List<Finding> notRegularEntries(Path yearFolder, Path folder) {
        List<Finding> findings = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.sorted().toList()) {
                String lower = entry.getFileName().toString().toLowerCase(Locale.ROOT);
                // The narrative and the published statements are read by name: a link in their place counts too.
                if (!isSourceCandidate(entry) && !NOT_SOURCES.contains(lower)) {
                    continue;
                }
                BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                String kind = attributes.isSymbolicLink() ? "lien symbolique"
                        : attributes.isOther() ? "fichier spécial : tube, périphérique ou socket" : null;
                if (kind != null) {
                    String path = yearFolder.relativize(entry).toString().replace('\\', '/');
                    findings.add(Finding.of(CheckId.FILE_NOT_REGULAR, SourceLocation.ofFile(path), null, path, kind));
                }
            }
        } catch (IOException e) {
            // The folder vanished or cannot be listed: sourceFiles finds nothing either.
        }
        return findings;
    }

    /** False for the files a drop folder holds that are not data: office lock files, hidden files, images, notes. */
    public static boolean isSourceCandidate(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        boolean officeLock = name.startsWith("~$") || name.startsWith(".~lock.");
        boolean hidden = name.startsWith(".");
        boolean image = lower.endsWith(".png") || lower.endsWith(".jpg") || lower.endsWith(".jpeg")
                || lower.endsWith(".svg");
        return !officeLock && !hidden && !image && !NOT_SOURCES.contains(lower);
    }

    /** Documents a drop folder may hold beside the data (the narrative rapport.docx is read elsewhere). */
    private static final Set<String> DOCUMENTS = Set.of(".pdf", ".doc", ".docx", ".odt", ".rtf", ".ppt", ".pptx",
            ".odp", ".zip", ".eml", ".msg");

    private static boolean isNotTabular(String path) {
        return DOCUMENTS.contains(extension(path).toLowerCase(Locale.ROOT));
    }

    private static String kindOf(String path) {
        String extension = extension(path).toLowerCase(Locale.ROOT);
        return extension.equals(".pdf") ? "document PDF" : "document " + extension;
    }

    /** The images of a year folder (photos, logos): information only, never read. */
    private static List<Path> images(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(file -> {
                String name = file.getFileName().toString();
                String lower = name.toLowerCase(Locale.ROOT);
                return !name.startsWith(".") && (lower.endsWith(".png") || lower.endsWith(".jpg")
                        || lower.endsWith(".jpeg") || lower.endsWith(".svg"));
            }).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "sans extension" : path.substring(dot);
    }
}
