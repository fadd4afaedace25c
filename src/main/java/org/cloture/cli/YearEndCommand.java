package org.cloture.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cloture.jobs.YearEndLauncher;
import org.cloture.yearend.YearEndRequest;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Starts the application on the chosen data directory, launches one job and reports its outcome. */
abstract class YearEndCommand implements Callable<Integer> {

    @Mixin
    YearOptions options;

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Option(names = "--distributed",
            description = "Clôture des membres d'une fédération par des travailleurs distants (cloture worker) : "
                    + "CLOTURE_DB_URL et CLOTURE_BROKER_URL, ou cluster.properties dans le dossier des données.")
    boolean distributed;

    abstract YearEndRequest.Mode mode();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(options.input)) {
            err.println("Dossier de dépôt introuvable : " + options.input.toAbsolutePath());
            return ClotureCli.FAILURE;
        }
        Optional<Integer> year = closedYear();
        if (year.isEmpty()) {
            err.println("Aucun dossier d'exercice (par exemple input/2023/) dans " + options.input.toAbsolutePath());
            return ClotureCli.FAILURE;
        }
        YearEndRequest request = new YearEndRequest(year.get(), options.input, options.reports, mode());
        return DataDirectoryAccess.withHealthyDatabase(options.data, spec.name(), err, () -> {
            long started = System.nanoTime();
            if (distributed && org.cloture.cluster.ClusterSettings.resolve(System.getenv(), options.data).isEmpty()) {
                err.println(org.cloture.cluster.ClusterSettings.missing(options.data));
                return ClotureCli.FAILURE;
            }
            try (ConfigurableApplicationContext context = distributed
                    ? ApplicationStarter.startManager(options.data, new ConsoleProgress(err))
                    : ApplicationStarter.start(options.data, new ConsoleProgress(err))) {
                YearEndLauncher.Launched launched = context.getBean(YearEndLauncher.class).launch(request);
                int code = outcome(request, launched, System.nanoTime() - started, out, err);
                return afterJob(context, request, launched, code);
            }
        });
    }

    /** The fiscal year whose job runs: the one asked for, or the latest year folder. */
    Optional<Integer> closedYear() {
        return options.resolveYear();
    }

    /** Prints what the job did and gives the exit code. */
    int outcome(YearEndRequest request, YearEndLauncher.Launched launched, long nanos, PrintWriter out,
                PrintWriter err) {
        OutcomePrinter printer = new OutcomePrinter(out, err);
        printer.recovered(launched.recovered());
        return printer.print(request, launched, nanos);
    }

    /** What a command does once its job has run and been reported; returns the exit code. */
    int afterJob(ConfigurableApplicationContext context, YearEndRequest request, YearEndLauncher.Launched launched,
                 int exitCode) throws Exception {
        return exitCode;
    }

}
