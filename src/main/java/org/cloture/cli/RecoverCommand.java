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
                for (var execution : recovered.restarted()) {
                    out.printf("Exécution n° %d reprise : %s%n", execution.getId(), execution.getStatus());
                    completed &= execution.getStatus() == BatchStatus.COMPLETED;
                }
                return completed ? ClotureCli.DONE : ClotureCli.FAILURE;
            }
        });
    }
}
