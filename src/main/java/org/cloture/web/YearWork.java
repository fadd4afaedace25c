package org.cloture.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import org.cloture.jobs.DropFolderService;
import org.cloture.jobs.IngestLauncher;
import org.cloture.jobs.RunTracker;
import org.cloture.jobs.ServedFolders;
import org.cloture.jobs.YearEndLauncher;
import org.cloture.programme.ComingYear;
import org.cloture.report.feedback.DropFeedback;
import org.cloture.source.Finding;
import org.cloture.yearend.YearEndRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the web page asks of {@code cloture serve}: every piece goes through the service's one job thread
 * ({@link DropFolderService#submit}), the same jobs as the folder watcher and the command line: an uploaded
 * file is written into the year folder and loaded by the {@code ingest} job (which writes the same feedback
 * note as for a dropped file), then the year is checked by the {@code check} job; the treasurer's run is the
 * {@code yearEnd} job. One run at a time: a second one is refused while the first holds the gate.
 */
public final class YearWork {

    private static final Logger LOG = LoggerFactory.getLogger(YearWork.class);

    /**
     * The findings of a year's last check or run, and when it ended; with the coming year (programme and budget)
     * as that run's programme stage computed it, null when the stage could not compute it.
     */
    public record Checked(int year, List<Finding> findings, Instant at, boolean run, ComingYear comingYear) {

        public long blocking() {
            return findings.stream().filter(Finding::isBlocking).count();
        }
    }

    /** A check and the store's state it saw: it stays valid while no other job execution follows it. */
    private record Cached(Checked checked, long storeState) {
    }

    /** A run in progress: whose, of which year, since when. */
    public record RunInProgress(int year, String user, Instant since) {
    }

    /** The end of the last run started from the page. */
    public record RunEnded(int year, String user, Instant at, boolean completed, long blocking, String failure) {
    }

    /** One uploaded file: its name in the folder and the feedback note, or why it was refused. */
    public record Uploaded(String original, String name, boolean replaced, String feedback, String refusal) {
    }

    /** Why a run was not started, in French, and whether another run holds the gate (HTTP 409). */
    public record Refusal(String reason, boolean locked) {
    }

    /** The content of one uploaded file, as the controller hands it over. */
    public interface Upload {
        String originalName();

        InputStream open() throws IOException;
    }

    private final ServedFolders folders;
    private final YearEndLauncher launcher;
    private final RunTracker tracker;
    private final AuditLog audit;
    private final Uploads uploads;
    private final LongSupplier storeState;
    private final Map<Integer, Cached> checks = new ConcurrentHashMap<>();
    private final AtomicReference<RunInProgress> running = new AtomicReference<>();
    private final AtomicReference<RunEnded> lastRun = new AtomicReference<>();

    /**
     * @param storeState the store's state, a number that changes with every job execution that may change
     *                   the staged data (a file loaded from the drop folder, an upload, a run): the findings
     *                   kept for a year are shown only while it has not moved
     */
    public YearWork(ServedFolders folders, YearEndLauncher launcher, RunTracker tracker, AuditLog audit, Uploads uploads,
                    LongSupplier storeState) {
        this.folders = folders;
        this.launcher = launcher;
        this.tracker = tracker;
        this.audit = audit;
        this.uploads = uploads;
        this.storeState = storeState;
    }

    /** Stores the files, loads the year through the ingest job, checks it; returns each file's note. */
    public List<Uploaded> upload(int year, List<? extends Upload> files, String user) throws IOException {
        List<Uploaded> results = new ArrayList<>();
        List<Uploads.Stored> stored = new ArrayList<>();
        for (Upload file : files) {
            UploadedFileName name = UploadedFileName.of(file.originalName());
            if (name.accepted().isEmpty()) {
                audit.record(user, AuditLog.Action.DEPOT_REFUSE, year, file.originalName() + " : " + name.refusal());
                results.add(new Uploaded(file.originalName(), null, false, null, name.refusal()));
                continue;
            }
            try (InputStream content = file.open()) {
                Uploads.Stored one = uploads.store(year, name.name(), content);
                stored.add(one);
                audit.record(user, AuditLog.Action.DEPOT, year, one.name() + (one.replaced()
                        ? " (version précédente gardée : " + folders.input().relativize(one.previousVersion()) + ")" : ""));
            } catch (IOException e) {
                // This file is not stored (e.g. a link or a special file has its name); the others go on.
                LOG.warn("Upload of {} not stored", name.name(), e);
                String reason = "enregistrement impossible : " + e.getMessage();
                audit.record(user, AuditLog.Action.DEPOT_REFUSE, year, name.name() + " : " + reason);
                results.add(new Uploaded(file.originalName(), null, false, null, reason));
            }
        }
        if (stored.isEmpty()) {
            return results;
        }
        IngestLauncher.Ingested ingested = await(service().ingestNow(year));
        for (Uploads.Stored one : stored) {
            Path note = DropFeedback.fileFor(folders.reports(), year, one.name());
            String feedback = Files.isRegularFile(note) ? Files.readString(note, StandardCharsets.UTF_8)
                    : ingested.completed() ? "Fichier identique à la version déjà chargée : rien de nouveau."
                    : "Le chargement a échoué : voir cloture.log dans le dossier des données.";
            results.add(new Uploaded(one.name(), one.name(), one.replaced(), feedback, null));
        }
        check(year, user);
        return results;
    }

    /** Checks the year now (the {@code check} job: loads what changed, writes the controls workbook). */
    public Checked check(int year, String user) {
        // The state is read on the job thread right after the check: no other job can slip in between.
        record Done(YearEndLauncher.Launched launched, long state) {
        }
        Done done = await(service().submit(() -> new Done(launcher.launch(
                new YearEndRequest(year, folders.input(), folders.reports(), YearEndRequest.Mode.CHECK)),
                storeState.getAsLong())));
        YearEndLauncher.Launched launched = done.launched();
        tracker.jobEnded();
        if (launched.run() == null || !launched.completed()) {
            throw new IllegalStateException("Le contrôle de l'exercice " + year + " a échoué : voir cloture.log");
        }
        Checked checked = new Checked(year, launched.run().findings(), Instant.now(), false,
                launched.run().computedComingYear());
        checks.put(year, new Cached(checked, done.state()));
        audit.record(user, AuditLog.Action.CONTROLE, year, checked.blocking() + " constat(s) bloquant(s)");
        return checked;
    }

    /**
     * The year's findings as the store holds them now: the last check's while no job ran since (the store
     * is unchanged), else a new check. A file dropped in the folder and loaded by the watcher, an upload, a
     * run: each is a job execution, so the page never shows findings older than the loaded data. While a run
     * holds the job thread, the last check is shown rather than waiting behind the run; its end replaces it.
     */
    public Checked latest(int year, String user) {
        Cached known = checks.get(year);
        if (known != null && (known.storeState() == storeState.getAsLong() || running.get() != null)) {
            return known.checked();
        }
        return check(year, user);
    }

    public Optional<Checked> known(int year) {
        return Optional.ofNullable(checks.get(year)).map(Cached::checked);
    }

    /**
     * Starts the year-end run in the background, or says why not: another run holds the gate, or the
     * year's check leaves blocking findings.
     */
    public Optional<Refusal> startRun(int year, String user) {
        RunInProgress mine = new RunInProgress(year, user, Instant.now());
        RunInProgress holder = running.compareAndExchange(null, mine);
        if (holder != null) {
            String reason = "Une clôture est déjà en cours (exercice " + holder.year() + ", lancée par " + holder.user()
                    + ") : attendez qu'elle se termine, puis relancez.";
            audit.record(user, AuditLog.Action.CLOTURE_REFUSEE, year, reason);
            return Optional.of(new Refusal(reason, true));
        }
        try {
            Checked checked = check(year, user);
            if (checked.blocking() > 0) {
                String reason = checked.blocking() + " constat(s) bloquant(s) restent à corriger : la clôture n'est pas "
                        + "lancée. Corrigez les fichiers signalés dans la liste des constats, déposez-les à nouveau, "
                        + "puis relancez.";
                audit.record(user, AuditLog.Action.CLOTURE_REFUSEE, year, reason);
                running.set(null);
                return Optional.of(new Refusal(reason, false));
            }
        } catch (RuntimeException e) {
            running.set(null);
            throw e;
        }
        audit.record(user, AuditLog.Action.CLOTURE, year, "lancée");
        service().submit(() -> {
            try {
                YearEndLauncher.Launched launched = launcher.launch(
                        new YearEndRequest(year, folders.input(), folders.reports(), YearEndRequest.Mode.RUN));
                boolean completed = launched.completed() && launched.run() != null;
                long blocking = completed ? launched.run().findings().stream().filter(Finding::isBlocking).count() : 0;
                if (completed) {
                    checks.put(year, new Cached(new Checked(year, launched.run().findings(), Instant.now(), true,
                            launched.run().computedComingYear()), storeState.getAsLong()));
                }
                lastRun.set(new RunEnded(year, user, Instant.now(), completed, blocking, completed ? null
                        : launched.failures().stream().findFirst().map(Throwable::getMessage).orElse("cause inconnue")));
                audit.record(user, AuditLog.Action.CLOTURE, year, completed ? "terminée" : "échec");
                return launched;
            } catch (Exception e) {
                LOG.error("Year-end run of {} failed", year, e);
                lastRun.set(new RunEnded(year, user, Instant.now(), false, 0, e.getMessage()));
                return null;
            } finally {
                tracker.jobEnded();
                running.set(null);
            }
        });
        return Optional.empty();
    }

    public Optional<RunInProgress> running() {
        return Optional.ofNullable(running.get());
    }

    public Optional<RunEnded> lastRun() {
        return Optional.ofNullable(lastRun.get());
    }

    public Optional<RunTracker.Stage> stage() {
        return tracker.current();
    }

    private DropFolderService service() {
        return folders.service().orElseThrow(() -> new IllegalStateException("Clôture démarre : réessayez dans un instant."));
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrompu", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        }
    }
}
