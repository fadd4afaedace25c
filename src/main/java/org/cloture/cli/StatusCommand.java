package org.cloture.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cloture.cluster.ClusterSettings;
import org.cloture.config.ScheduleSettings;
import org.cloture.ingest.PendingDrops;
import org.cloture.jobs.DataDirectoryLock;
import org.cloture.jobs.JobHistory;
import org.cloture.jobs.YearEndJobConfiguration;
import org.cloture.money.FrenchFormat;
import org.cloture.store.DatabaseHealth;
import org.cloture.store.LoadedFiles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.scheduling.support.CronExpression;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cloture status}: what ran, what is loaded, what waits in the drop folder, what is scheduled. Reads
 * the database with the data directory lock held, for a moment, without starting the application; while
 * another command holds the lock, it says which one and shows only what needs no database.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Dernières exécutions, fichiers chargés, dépôts en attente et prochaines exécutions planifiées.")
final class StatusCommand extends DropFolderCommand {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    @Option(names = "--last", paramLabel = "N", defaultValue = "10",
            description = "Nombre d'exécutions affichées (par défaut : ${DEFAULT-VALUE}).")
    int last;

    @Spec
    CommandSpec spec;

    /** The pending drops as a running serve listed them (null when status read the database itself). */
    private List<PendingDrops.Pending> askedPending;

    /** What the database says, when it could be read. */
    private record Recorded(List<JobHistory.Execution> executions, List<LoadedFiles.Loaded> files) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        out.println("Clôture — état de " + data.toAbsolutePath().normalize());
        Recorded recorded = null;
        int status = ClotureCli.DONE;
        if (!Files.isDirectory(data)) {
            out.println("Aucune exécution : le dossier de données n'existe pas encore.");
            recorded = new Recorded(List.of(), List.of());
        } else {
            try (DataDirectoryLock lock = DataDirectoryLock.acquire(data, "status")) {
                out.println("Aucune exécution en cours.");
                DatabaseHealth.Verdict verdict = DatabaseHealth.check(data);
                if (verdict.healthy()) {
                    recorded = read(data);
                } else {
                    out.println(verdict.frenchMessage());
                    status = ClotureCli.FAILURE;
                }
            } catch (DataDirectoryLock.InUseException busy) {
                out.println("En cours : " + busy.holder().map(DataDirectoryLock.Holder::describe)
                        .orElse("une autre exécution de Clôture") + ".");
                // serve keeps the database for its whole life: ask it, over loopback, with its token.
                Optional<ServeStatusClient.Answer> answer = ServeStatusClient.ask(data);
                if (answer.isPresent()) {
                    out.println("(Historique, fichiers chargés et dépôts en attente fournis par « cloture serve ».)");
                    recorded = new Recorded(answer.get().executions(), answer.get().files());
                    askedPending = answer.get().pending();
                } else {
                    out.println("(Historique et fichiers chargés indisponibles tant qu'elle travaille.)");
                }
            }
        }
        if (recorded != null) {
            executions(out, recorded.executions());
            loadedFiles(out, recorded.files());
        }
        Optional<ClusterSettings> cluster = ClusterSettings.resolve(System.getenv(), data);
        if (cluster.isPresent() && !sharedRepository(out, cluster.get())) {
            status = ClotureCli.FAILURE;
        }
        pending(out, recorded);
        schedule(out, ScheduleSettings.read(input));
        return status;
    }

    private static Recorded read(Path data) {
        if (!DatabaseHealth.exists(data)) {
            return new Recorded(List.of(), List.of());
        }
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(DatabaseHealth.url(data), "SA", "", true);
        dataSource.setDriverClassName(org.hsqldb.jdbc.JDBCDriver.class.getName());
        try {
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            return new Recorded(new JobHistory(jdbc).latest(Integer.MAX_VALUE), new LoadedFiles(jdbc).all());
        } finally {
            dataSource.destroy();
        }
    }

    private void executions(PrintWriter out, List<JobHistory.Execution> all) {
        out.println();
        if (all.isEmpty()) {
            out.println("Dernières exécutions : aucune.");
            return;
        }
        out.println("Dernières exécutions :");
        out.printf("  %5s  %-10s %-8s %-28s %-19s %s%n", "n°", "travail", "exercice", "résultat", "début", "durée");
        for (JobHistory.Execution execution : all.stream().limit(Math.max(1, last)).toList()) {
            out.printf("  %5d  %-10s %-8s %-28s %-19s %s%n", execution.id(), jobLabel(execution.job()),
                    execution.year() == null ? "" : execution.year(), outcome(execution),
                    execution.start() == null ? "" : WHEN.format(execution.start()),
                    execution.duration().map(StatusCommand::duration).orElse("—"));
        }
    }

    /**
     * The distributed mode's executions, from the job repository manager and workers share: read whatever
     * the local lock says (a manager elsewhere may be running), with each federation closing's members.
     */
    private boolean sharedRepository(PrintWriter out, ClusterSettings cluster) {
        out.println();
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(cluster.databaseUrl(), true);
        dataSource.setDriverClassName(org.postgresql.Driver.class.getName());
        try {
            JobHistory history = new JobHistory(new JdbcTemplate(dataSource));
            List<JobHistory.Execution> all = history.latest(Math.max(1, last));
            if (all.isEmpty()) {
                out.println("Dépôt partagé (mode distribué) : aucune exécution.");
                return true;
            }
            out.println("Dépôt partagé (mode distribué, " + ClusterSettings.DATABASE_VARIABLE + ") :");
            out.printf("  %5s  %-10s %-8s %-28s %-19s %-10s %s%n", "n°", "travail", "exercice", "résultat", "début",
                    "durée", "membres");
            for (JobHistory.Execution execution : all) {
                out.printf("  %5d  %-10s %-8s %-28s %-19s %-10s %s%n", execution.id(), jobLabel(execution.job()),
                        execution.year() == null ? "" : execution.year(), sharedOutcome(execution),
                        execution.start() == null ? "" : WHEN.format(execution.start()),
                        execution.duration().map(StatusCommand::duration).orElse("—"),
                        members(history.members(execution.id())));
            }
            return true;
        } catch (org.springframework.dao.DataAccessException e) {
            out.println("Dépôt partagé (mode distribué) injoignable : " + e.getMostSpecificCause().getMessage());
            return false;
        } finally {
            dataSource.destroy();
        }
    }

    /** Unlike the local database, a free lock here says nothing: a manager on another machine may be running. */
    private static String sharedOutcome(JobHistory.Execution execution) {
        return switch (execution.status()) {
            case "STARTED", "STARTING" -> "en cours (ou à reprendre)";
            default -> outcome(execution);
        };
    }

    private static String members(JobHistory.MemberPartitions members) {
        if (members.total() == 0) {
            return "";
        }
        return members.completed() + "/" + members.total() + " clôturé(s), " + (members.total() - members.completed())
                + " restant(s)" + (members.running() > 0 ? " dont " + members.running() + " en cours" : "");
    }

    private static String jobLabel(String job) {
        return switch (job) {
            case YearEndJobConfiguration.YEAR_END_JOB -> "clôture";
            case YearEndJobConfiguration.CHECK_JOB -> "contrôle";
            default -> job;
        };
    }

    private static String outcome(JobHistory.Execution execution) {
        String step = execution.lastStep() == null ? "" : " (étape " + execution.lastStep() + ")";
        return switch (execution.status()) {
            case "COMPLETED" -> "terminée";
            case "FAILED" -> (execution.interrupted() ? "interrompue" : "échec") + step;
            // With the lock free, nothing runs: an execution still marked running was killed.
            case "STARTED", "STARTING" -> "interrompue" + step;
            case "STOPPED", "STOPPING" -> "arrêtée" + step;
            default -> execution.status().toLowerCase(java.util.Locale.ROOT);
        };
    }

    static String duration(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 60_000) {
            return FrenchFormat.decimal(java.math.BigDecimal.valueOf(millis, 3), 1) + " s";
        }
        return String.format("%d min %02d s", millis / 60_000, millis / 1000 % 60);
    }

    private static void loadedFiles(PrintWriter out, List<LoadedFiles.Loaded> files) {
        out.println();
        if (files.isEmpty()) {
            out.println("Fichiers chargés : aucun.");
            return;
        }
        out.println("Fichiers chargés :");
        out.printf("  %-8s %-40s %-12s %-19s %s%n", "exercice", "fichier", "empreinte", "chargé le", "lignes");
        for (LoadedFiles.Loaded file : files) {
            out.printf("  %-8d %-40s %-12s %-19s %s%n", file.year(), file.path(), file.sha256().substring(0, 12),
                    file.loadedAt() == null ? "" : WHEN.format(LocalDateTime.ofInstant(file.loadedAt(),
                            ZoneId.systemDefault())), FrenchFormat.integer(file.rowsRead()));
        }
    }

    private void pending(PrintWriter out, Recorded recorded) throws java.io.IOException {
        out.println();
        if (recorded == null) {
            out.println("Dépôts en attente : indisponibles (base de données non lue).");
            return;
        }
        Map<Integer, Map<String, String>> loaded = new LinkedHashMap<>();
        for (LoadedFiles.Loaded file : recorded.files()) {
            loaded.computeIfAbsent(file.year(), year -> new LinkedHashMap<>()).put(file.path(), file.sha256());
        }
        List<PendingDrops.Pending> pending = askedPending != null ? askedPending : PendingDrops.of(input, loaded);
        if (pending.isEmpty()) {
            out.println("Dépôts en attente : aucun (tout ce qui est dans " + input + " est chargé).");
            return;
        }
        out.println("Dépôts en attente (chargés à la prochaine exécution) :");
        for (PendingDrops.Pending drop : pending) {
            out.printf("  %d/%-40s %s%n", drop.year(), drop.path(), switch (drop.change()) {
                case NEW -> "nouveau";
                case CHANGED -> "modifié depuis son chargement";
                case REMOVED -> "retiré du dossier (ses lignes seront retirées)";
            });
        }
    }

    private static void schedule(PrintWriter out, ScheduleSettings schedule) {
        out.println();
        if (schedule.cronByJob().isEmpty()) {
            out.println("Exécutions planifiées : aucune (pas de bloc schedule: dans association.yml).");
            return;
        }
        out.println("Prochaines exécutions planifiées :");
        LocalDateTime now = LocalDateTime.now();
        schedule.cronByJob().forEach((job, cron) -> {
            String next;
            try {
                LocalDateTime at = CronExpression.parse(cron).next(now);
                next = at == null ? "jamais" : WHEN.format(at);
            } catch (IllegalArgumentException e) {
                next = "expression invalide (" + e.getMessage() + ")";
            }
            out.printf("  %-14s %-20s %s%n", job, "« " + cron + " »", next);
        });
    }
}
