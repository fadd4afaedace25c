package org.cloture.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cloture.bench.IngestBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cloture bench ingest}: ingestion speed and memory on synthetic inputs, each in a JVM with its own heap. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Mesures de performance (pour les développeurs).",
        subcommands = {BenchCommand.Ingest.class, BenchCommand.Worker.class})
final class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = "Charge un FEC et un registre xlsx synthétiques ; affiche lignes/s et tas maximal.")
    static final class Ingest implements Callable<Integer> {

        @Option(names = "--fec-lines", defaultValue = "1000000", description = "Lignes du FEC (${DEFAULT-VALUE}).")
        int fecLines;

        @Option(names = "--fec-heap", defaultValue = "512m", description = "Tas de la JVM du FEC (${DEFAULT-VALUE}).")
        String fecHeap;

        @Option(names = "--xlsx-rows", defaultValue = "200000", description = "Lignes du registre (${DEFAULT-VALUE}).")
        int xlsxRows;

        @Option(names = "--xlsx-heap", defaultValue = "256m", description = "Tas de la JVM du registre (${DEFAULT-VALUE}).")
        String xlsxHeap;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            var out = spec.commandLine().getOut();
            out.printf("%-6s %10s %9s %12s %15s %9s%n", "source", "lignes", "secondes", "lignes/s", "tas max (Mo)",
                    "-Xmx (Mo)");
            int status = 0;
            for (String[] scenario : List.of(new String[] {"fec", Integer.toString(fecLines), fecHeap},
                    new String[] {"xlsx", Integer.toString(xlsxRows), xlsxHeap})) {
                IngestBenchmark.Measure measure = runInChildJvm(scenario[0], scenario[1], scenario[2]);
                if (measure == null) {
                    out.printf("%-6s échec (voir ci-dessus)%n", scenario[0]);
                    status = ClotureCli.FAILURE;
                    continue;
                }
                out.printf(Locale.ROOT, "%-6s %10d %9.1f %12.0f %15d %9d%n", measure.scenario(), measure.rows(),
                        measure.seconds(), measure.rowsPerSecond(), measure.peakHeapMb(), measure.maxHeapMb());
            }
            return status;
        }

        private IngestBenchmark.Measure runInChildJvm(String scenario, String size, String heap) throws Exception {
            Path work = Files.createTempDirectory("cloture-bench-");
            List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                    "-Xmx" + heap));
            String classPath = System.getProperty("java.class.path");
            if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)) {
                command.addAll(List.of("-jar", classPath));
            } else {
                command.addAll(List.of("-cp", classPath, "org.cloture.ClotureApplication"));
            }
            command.addAll(List.of("bench", "worker", scenario, size, work.toString()));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            IngestBenchmark.Measure measure = null;
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("MEASURE ")) {
                        measure = IngestBenchmark.Measure.parse(line.substring("MEASURE ".length()));
                    } else {
                        spec.commandLine().getErr().println(line);
                    }
                }
            }
            process.waitFor();
            deleteRecursively(work);
            return measure;
        }

        private static void deleteRecursively(Path directory) throws java.io.IOException {
            try (var paths = Files.walk(directory)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    /** The measuring side, run by {@link Ingest} in a child JVM. */
    @Command(name = "worker", hidden = true)
    static final class Worker implements Callable<Integer> {

        @Parameters(index = "0")
        String scenario;

        @Parameters(index = "1")
        int size;

        @Parameters(index = "2")
        Path work;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            // No Spring here: quiet the libraries' default console logging so that only the measure is printed.
            ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                    .setLevel(ch.qos.logback.classic.Level.WARN);
            spec.commandLine().getOut().println("MEASURE " + IngestBenchmark.run(scenario, size, work).toLine());
            return 0;
        }
    }
}
