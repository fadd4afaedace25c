package org.cloture.ingest.watch;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.cloture.config.AssociationConfigLoader;
import org.cloture.ingest.DropFolderIngest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches {@code input/}: {@code association.yml} and the files of each year folder. File-system events
 * (Java's WatchService) make a drop noticed at once; a full scan every poll interval catches what events
 * miss — network shares often deliver none. Either way a file is handed over only once the
 * {@link StabilityTracker} has seen it still for its quiet period. Plain Java: the caller decides when to
 * {@link #tick()} (the service does it on its job thread) and what to do with the changes.
 */
public final class DropFolderWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DropFolderWatcher.class);

    /** Names that editors, browsers and copy tools give a file while they write it. */
    private static final List<String> TEMPORARY_SUFFIXES = List.of(".tmp", ".temp", ".part", ".partial",
            ".crdownload", ".download", ".swp", "~", "#");

    private final Path inputRoot;
    private final StabilityTracker tracker;
    private final Clock clock;
    private final Duration pollInterval;
    private Instant lastScan;
    private volatile boolean scanRequested;
    private WatchService watchService;
    private Thread eventThread;

    public DropFolderWatcher(Path inputRoot, StabilityTracker tracker, Clock clock, Duration pollInterval) {
        this.inputRoot = inputRoot.toAbsolutePath().normalize();
        this.tracker = tracker;
        this.clock = clock;
        this.pollInterval = pollInterval;
    }

    /**
     * Starts listening to file-system events on a thread of its own. Returns false when the file system
     * offers none: the polling scans then do all the work.
     */
    public boolean listen() {
        try {
            watchService = inputRoot.getFileSystem().newWatchService();
            register(inputRoot);
            for (Path year : yearFolders()) {
                register(year);
                for (Path member : memberFolders(year)) {
                    register(member);
                }
            }
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warn("No file-system events on {} ({}): polling every {} only", inputRoot, e.toString(), pollInterval);
            close();
            return false;
        }
        eventThread = new Thread(this::takeEvents, "cloture-watch");
        eventThread.setDaemon(true);
        eventThread.start();
        return true;
    }

    /**
     * One look at the folder: a full scan when the poll interval has passed (or events overflowed), else
     * the files waiting to settle only. Returns the changes now stable, each once.
     */
    public List<DropChange> tick() {
        Instant now = clock.instant();
        if (scanRequested || lastScan == null || Duration.between(lastScan, now).compareTo(pollInterval) >= 0) {
            scanRequested = false;
            lastScan = now;
            scan();
        } else {
            for (Path file : tracker.pendingFiles()) {
                tracker.observe(file, FileState.of(file));
            }
        }
        return tracker.takeStable().stream().map(handed -> change(handed.file(), handed.gone())).toList();
    }

    private void scan() {
        Set<Path> present = watchedFiles();
        for (Path file : present) {
            tracker.observe(file, FileState.of(file));
        }
        for (Path known : tracker.knownFiles()) {
            if (!present.contains(known)) {
                tracker.observe(known, Optional.empty());
            }
        }
    }

    /**
     * {@code association.yml}, the data files directly inside each year folder, and those of a federation's
     * member folders ({@code input/<year>/<member-id>/}).
     */
    private Set<Path> watchedFiles() {
        Set<Path> files = new HashSet<>();
        Path config = inputRoot.resolve(AssociationConfigLoader.FILE_NAME);
        if (Files.isRegularFile(config)) {
            files.add(config);
        }
        for (Path year : yearFolders()) {
            addDataFiles(year, files);
            memberFolders(year).forEach(member -> addDataFiles(member, files));
        }
        return files;
    }

    private static void addDataFiles(Path folder, Set<Path> files) {
        try (Stream<Path> children = Files.list(folder)) {
            children.filter(Files::isRegularFile).filter(DropFolderWatcher::isWatched).forEach(files::add);
        } catch (IOException e) {
            LOG.warn("Cannot list {}: {}", folder, e.toString());
        }
    }

    /** The subfolders of a year folder that may be a federation member's: not hidden, not named like a year. */
    private static List<Path> memberFolders(Path year) {
        try (Stream<Path> children = Files.list(year)) {
            return children.filter(Files::isDirectory).filter(DropFolderWatcher::mayBeMemberFolder).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static boolean mayBeMemberFolder(Path folder) {
        String name = folder.getFileName().toString();
        return !name.startsWith(".") && !name.matches("\\d{4}");
    }

    private List<Path> yearFolders() {
        try (Stream<Path> children = Files.list(inputRoot)) {
            return children.filter(Files::isDirectory).filter(DropFolderWatcher::isYearFolder).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static boolean isYearFolder(Path folder) {
        return folder.getFileName().toString().matches("\\d{4}");
    }

    /** A data file to load: not an office lock file (~$x.xlsx, .~lock.x#), hidden, temporary or a note. */
    public static boolean isWatched(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return DropFolderIngest.isSourceCandidate(file) && TEMPORARY_SUFFIXES.stream().noneMatch(name::endsWith);
    }

    private DropChange change(Path file, boolean gone) {
        return new DropChange(file, yearOf(file.getParent()), gone);
    }

    /** The year of a year folder, or of the year folder holding a member folder; null for input/ itself. */
    private Integer yearOf(Path folder) {
        if (folder == null || folder.equals(inputRoot)) {
            return null;
        }
        if (isYearFolder(folder) && inputRoot.equals(folder.getParent())) {
            return Integer.valueOf(folder.getFileName().toString());
        }
        Path parent = folder.getParent();
        return parent != null && isYearFolder(parent) && inputRoot.equals(parent.getParent())
                ? Integer.valueOf(parent.getFileName().toString()) : null;
    }

    private void register(Path folder) throws IOException {
        folder.register(watchService, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
    }

    private void takeEvents() {
        try {
            while (true) {
                WatchKey key = watchService.take();
                Path folder = (Path) key.watchable();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == OVERFLOW) {
                        scanRequested = true;
                    } else {
                        noticed(folder, folder.resolve((Path) event.context()));
                    }
                }
                key.reset();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            // close() was called: the service is stopping.
        }
    }

    private void noticed(Path folder, Path child) {
        if (!folder.equals(inputRoot) && Files.isDirectory(child)) {
            if (isYearFolder(folder) && mayBeMemberFolder(child)) {
                try {
                    register(child);
                } catch (IOException e) {
                    LOG.warn("Cannot watch {}: {}", child, e.toString());
                }
                scanRequested = true;
            }
        } else if (!folder.equals(inputRoot)) {
            if (isWatched(child)) {
                tracker.observe(child, FileState.of(child));
            }
        } else if (isYearFolder(child) && Files.isDirectory(child)) {
            try {
                register(child);
            } catch (IOException e) {
                LOG.warn("Cannot watch {}: {}", child, e.toString());
            }
            // Files copied with their folder were there before it was registered.
            scanRequested = true;
        } else if (child.getFileName().toString().equals(AssociationConfigLoader.FILE_NAME)) {
            tracker.observe(child, FileState.of(child));
        }
    }

    @Override
    public void close() {
        if (watchService != null) {
            try {
                watchService.close();
            } catch (IOException e) {
                LOG.debug("Closing the watch service: {}", e.toString());
            }
        }
        if (eventThread != null) {
            eventThread.interrupt();
        }
    }
}
