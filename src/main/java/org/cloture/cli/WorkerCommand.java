package org.cloture.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.cloture.cluster.ClusterSettings;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A long-lived remote worker: takes member partitions from the broker and closes them, until stopped
 * (Ctrl+C or SIGTERM: the partition in progress finishes first). Inputs and reports are on the paths the
 * manager named, which every machine must see the same way (a shared folder).
 */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = "Travailleur distant : clôture les membres d'une fédération envoyés par « cloture run "
                + "--distributed » (CLOTURE_DB_URL et CLOTURE_BROKER_URL).")
final class WorkerCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DOSSIER", defaultValue = "data",
            description = "Dossier du journal technique et de cluster.properties (par défaut : ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "Membres clôturés en même temps par ce travailleur (par défaut : ${DEFAULT-VALUE}).")
    int threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (ClusterSettings.resolve(System.getenv(), data).isEmpty()) {
            spec.commandLine().getErr().println(ClusterSettings.missing(data));
            return ClotureCli.FAILURE;
        }
        Files.createDirectories(data);
        CountDownLatch stopped = new CountDownLatch(1);
        ConfigurableApplicationContext context = ApplicationStarter.startWorker(data, threads);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            context.close();
            stopped.countDown();
        }, "arret-travailleur"));
        spec.commandLine().getOut().println("Travailleur prêt (" + threads + " à la fois, pid "
                + ProcessHandle.current().pid() + ")");
        spec.commandLine().getOut().flush();
        stopped.await();
        return ClotureCli.DONE;
    }
}
