package org.cloture.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cloture.cluster.ClusterSettings;
import org.cloture.jobs.DistributedRecovery;
import org.springframework.batch.core.BatchStatus;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cloture recover}: finishes a distributed closing whose manager was killed. */
@Command(name = "recover", mixinStandardHelpOptions = true,
        description = "Après l'arrêt brutal d'un « cloture run --distributed » : marque l'exécution interrompue, "
                + "vide les demandes en attente et reprend la clôture des seuls membres non terminés.")
final class RecoverCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DOSSIER", defaultValue = "data",
            description = "Dossier des données du gestionnaire (par défaut : ${DEFAULT-VALUE}).")
    Path data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (ClusterSettings.resolve(System.getenv(), data).isEmpty()) {
            spec.commandLine().getErr().println(ClusterSettings.missing(data));
            return ClotureCli.FAILURE;
        }
        return DataDirectoryAccess.withHealthyDatabase(data, "recover", spec.commandLine().getErr(), () -> {
            try (ConfigurableApplicationContext context = ApplicationStarter.startManager(data,
                    new ConsoleProgress(spec.commandLine().getErr()))) {
                DistributedRecovery.Recovered recovered = context.getBean(DistributedRecovery.class).recover();
                var out = spec.commandLine().getOut();
                out.printf("Exécutions interrompues : %d ; demandes en attente retirées : %d%n",
                        recovered.marked().size(), recovered.purgedRequests());
                boolean completed = true;
                if (recovered.restarted().isEmpty()) {
                    out.println("Aucune clôture distribuée à reprendre.");
                }
                for (var execution : recovered.restarted()) {
                    // Read back from the repository: the workers wrote the partitions' outcomes there. A partition
                    // that had completed is not startable again: it has no run in this execution.
                    var stored = context.getBean(org.springframework.batch.core.repository.JobRepository.class)
                            .getJobExecution(execution.getId());
                    var rerun = stored.getStepExecutions().stream().filter(step -> step.getStepName()
                            .startsWith(org.cloture.jobs.MemberPartitionConfiguration.WORKER_STEP + ":")
                            && step.getStatus() == BatchStatus.COMPLETED && step.getStartTime() != null
                            && !step.getStartTime().isBefore(stored.getStartTime())).toList();
                    out.printf("Exécution n° %d reprise : %s, %d membre(s) clôturé(s) à nouveau%n", execution.getId(),
                            execution.getStatus(), rerun.size());
                    rerun.forEach(step -> out.printf("  %s%n", step.getStepName()));
                    completed &= execution.getStatus() == BatchStatus.COMPLETED;
                }
                return completed ? ClotureCli.DONE : ClotureCli.FAILURE;
            }
        });
    }
}
