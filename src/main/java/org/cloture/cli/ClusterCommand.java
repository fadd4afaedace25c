package org.cloture.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cloture.cluster.DevelopmentCluster;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cloture cluster up DIR | down DIR}: PostgreSQL and Artemis on this machine, for trials and tests. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = "Démarre (up) ou arrête (down) une base PostgreSQL et un broker Artemis locaux dans DOSSIER ; "
                + "« eval \"$(cloture cluster up DOSSIER)\" » règle CLOTURE_DB_URL et CLOTURE_BROKER_URL.")
final class ClusterCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "up|down")
    String action;

    @Parameters(index = "1", paramLabel = "DOSSIER")
    Path dir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        switch (action) {
            case "up" -> {
                DevelopmentCluster.Started started = DevelopmentCluster.up(dir,
                        DevelopmentCluster.brokerJavaCommand());
                spec.commandLine().getOut().print(started.exportLines());
                spec.commandLine().getOut().flush();
                return ClotureCli.DONE;
            }
            case "down" -> {
                DevelopmentCluster.down(dir);
                spec.commandLine().getErr().println("Cluster arrêté (" + dir + ")");
                return ClotureCli.DONE;
            }
            default -> {
                spec.commandLine().getErr().println("Action inconnue « " + action + " » : up ou down");
                return ClotureCli.FAILURE;
            }
        }
    }
}
