package org.cloture.jobs;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.cloture.config.AssociationConfig;
import org.cloture.config.AssociationConfigLoader;
import org.cloture.delivery.DeliveryOutcome;
import org.cloture.ingest.DropFolderIngest;
import org.cloture.ingest.YearFolders;
import org.cloture.ingest.watch.DropChange;
import org.cloture.ingest.watch.DropFolderWatcher;
import org.cloture.ingest.watch.StabilityTracker;
import org.cloture.report.feedback.DropFeedback;
import org.cloture.yearend.YearEndRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

/**
 * What {@code cloture serve} runs: the drop-folder watcher and the schedules of association.yml, all on
 * one scheduler thread so that two jobs never share the database at once. Each piece of work is a Spring
 * Batch job execution: {@code ingest} for a year folder after a drop or at a sweep, {@code yearEnd} for the
 * monthly provisional report and for the year-end (followed by the board delivery).
 */
public final class DropFolderService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DropFolderService.class);

    /** Where, how often, and what to do. */
    public record Settings(Path input, Path reports, Duration quietPeriod, Duration pollInterval, Duration tick,
                           boolean fileSystemEvents, boolean send) {
    }

    private final Settings settings;
    private final IngestLauncher ingest;
    private final YearEndLauncher yearEnd;
    private final YearEndDelivery delivery;
    private final Clock clock;
    private final Consumer<String> console;
    private final DropFolderWatcher watcher;
    private ThreadPoolTaskScheduler scheduler;

    public DropFolderService(Settings settings, IngestLauncher ingest, YearEndLauncher yearEnd,
                             YearEndDelivery delivery, Clock clock, Consumer<String> console) {
        this.settings = settings;
        this.ingest = ingest;
        this.yearEnd = yearEnd;
        this.delivery = delivery;
        this.clock = clock;
        this.console = console;
        this.watcher = new DropFolderWatcher(settings.input(), new StabilityTracker(clock, settings.quietPeriod()),
                clock, settings.pollInterval());
    }

    /** Starts watching and scheduling; returns at once. */
    public void start() {
        // A previous serve or run killed mid-job left its execution STARTED: mark it failed before any new one.
        yearEnd.recoverInterruptedExecutions();
        AssociationConfig.ScheduleSettings schedule = AssociationConfigLoader.load(settings.input()).config().schedule();
        scheduler = new ThreadPoolTaskScheduler();
        // One thread: a drop, a sweep and the year-end wait for each other instead of sharing the database.
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("cloture-serve-");
        scheduler.setWaitForTasksToCompleteOnShutdown(true);
        scheduler.setAwaitTerminationSeconds(300);
        scheduler.initialize();
        boolean events = settings.fileSystemEvents() && watcher.listen();
        console.accept("Surveillance de " + settings.input().toAbsolutePath().normalize()
                + (events ? " (événements du système de fichiers et" : " (")
                + " examen complet toutes les " + settings.pollInterval().toSeconds() + " s) ; retours dans "
                + settings.reports().toAbsolutePath().normalize() + "/<année>/depots/");
        scheduler.scheduleWithFixedDelay(guarded("drop", this::onTick), settings.tick());
        cron(schedule.sweep(), "sweep", this::sweep, "passage complet du dossier");
        cron(schedule.monthlyReport(), "monthly report", this::monthlyReport, "rapport provisoire");
        cron(schedule.yearEnd(), "year-end", this::yearEnd, "clôture et envoi au conseil");
    }

    private void cron(String expression, String name, Runnable task, String french) {
        if (expression != null) {
            scheduler.schedule(guarded(name, task), new CronTrigger(expression));
            console.accept("Planifié (" + french + ") : " + expression);
        }
    }

    /** A scheduled task never dies of an exception: the next tick or date tries again. */
    private Runnable guarded(String name, Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.error("Scheduled {} failed", name, e);
                console.accept("Échec (" + name + ") : " + e.getMessage() + " — détail dans cloture.log");
            }
        };
    }

    /**
     * Runs {@code work} on the service's one job thread, after the job in progress: the web page's uploads
     * and runs share the database with the watcher and the schedules exactly as they share it with each other.
     */
    public <T> java.util.concurrent.Future<T> submit(java.util.concurrent.Callable<T> work) {
        if (scheduler == null) {
            throw new IllegalStateException("Service not started");
        }
        return scheduler.submit(work);
    }

    /** The service's settings: where the drop folder and the reports are. */
    public Settings settings() {
        return settings;
    }

    /** The files that settled since the last tick: their year folders are loaded (all years for association.yml). */
    void onTick() {
        List<DropChange> changes = watcher.tick();
        if (changes.isEmpty()) {
            return;
        }
        SortedSet<Integer> years = new TreeSet<>();
        for (DropChange change : changes) {
            LOG.info("Drop folder change: {}{}", change.file(), change.gone() ? " (gone)" : "");
            if (change.year() == null) {
                years.addAll(yearFolders());
            } else {
                years.add(change.year());
            }
        }
        years.forEach(this::ingestYear);
    }

    /** The scheduled sweep: every year folder, whether or not an event was seen. */
    void sweep() {
        yearFolders().forEach(this::ingestYear);
    }

    /**
     * Loads a year folder now (after the job in progress), as a settled drop would: the web page's uploads
     * take this path, so an uploaded file is loaded and answered exactly as one dropped in the folder.
     */
    public java.util.concurrent.Future<IngestLauncher.Ingested> ingestNow(int year) {
        return submit(() -> ingestYear(year));
    }

    private IngestLauncher.Ingested ingestYear(int year) {
        try {
            IngestLauncher.Ingested ingested = ingest.launch(year, settings.input(), settings.reports());
            if (!ingested.completed() || ingested.run() == null) {
                console.accept("Échec du chargement de " + year + " : " + ingested.failures().stream().findFirst()
                        .map(Throwable::getMessage).orElse("cause inconnue") + " — détail dans cloture.log");
                return ingested;
            }
            DropFolderIngest.YearIngest loaded = ingested.run().loaded();
            for (DropFolderIngest.FileOutcome file : loaded.files()) {
                if (file.outcome() != DropFolderIngest.Outcome.UNCHANGED) {
                    console.accept(year + "/" + file.path() + " : " + french(file.outcome()) + " — retour dans "
                            + DropFeedback.fileFor(settings.reports(), year, file.path()));
                }
            }
            loaded.withdrawn().forEach(path -> console.accept(year + "/" + path + " : retiré"));
            return ingested;
        } catch (Exception e) {
            throw new IllegalStateException("Chargement de l'exercice " + year + " impossible", e);
        }
    }

    private static String french(DropFolderIngest.Outcome outcome) {
        return switch (outcome) {
            case LOADED -> "chargé";
            case DUPLICATE -> "copie identique, non chargé";
            case IGNORED -> "non lu cette fois";
            case UNCHANGED -> "inchangé";
        };
    }

    /** Once a month: the report of the year in progress, marked provisional while checks block; never sent. */
    void monthlyReport() {
        latestYear().ifPresent(year -> runYearEnd(year, false));
    }

    /** On the year-end date: the year just closed, then its report to the board. */
    void yearEnd() {
        AssociationConfig config = AssociationConfigLoader.load(settings.input()).config();
        LocalDate today = LocalDate.now(clock);
        // The most recent year whose fiscal year is over; failing that, the latest folder.
        yearFolders().stream().filter(year -> config.fiscalYearEndOf(year).isBefore(today)).reduce((a, b) -> b)
                .or(this::latestYear).ifPresent(year -> runYearEnd(year, settings.send()));
    }

    private void runYearEnd(int year, boolean send) {
        YearEndRequest request = new YearEndRequest(year, settings.input(), settings.reports(), YearEndRequest.Mode.RUN);
        try {
            YearEndLauncher.Launched launched = yearEnd.launch(request);
            if (!launched.completed()) {
                console.accept("Échec de l'exercice " + year + " — détail dans cloture.log");
                return;
            }
            console.accept("Exercice " + year + " : rapports écrits"
                    + (launched.run().hasBlockingFindings() ? " (PROVISOIRE : contrôles bloquants)" : ""));
            if (send) {
                delivery.deliverAfter(request, launched, false).map(DeliveryOutcome::frenchSummary)
                        .ifPresent(console);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Exercice " + year + " : échec", e);
        }
    }

    private java.util.Optional<Integer> latestYear() {
        return YearFolders.toClose(settings.input());
    }

    private List<Integer> yearFolders() {
        return YearFolders.of(settings.input());
    }

    /** Stops watching, lets the job in progress finish, then returns. */
    @Override
    public void close() {
        watcher.close();
        if (scheduler != null) {
            // Cron tasks wait as delayed tasks: drop them, or shutdown would wait for their date.
            scheduler.getScheduledThreadPoolExecutor().setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
            scheduler.shutdown();
        }
    }
}
