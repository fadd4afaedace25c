package org.cloture.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cloture.bench.ChildRun;
import org.cloture.bench.Goal;
import org.cloture.bench.IngestBenchmark;
import org.cloture.bench.LargeYearBenchmark;
import org.cloture.bench.RunBenchmark;
import org.cloture.bench.StatementsBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cloture bench run} (the demo's {@code cloture run}, stage by stage), {@code cloture bench ingest} and
 * {@code cloture bench statements}: speed and memory, each measure in a child JVM with its own heap, each figure
 * printed beside its goal (docs/performance.md).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Mesures de performance (pour les développeurs).",
        subcommands = {BenchCommand.Run.class, BenchCommand.Ingest.class, BenchCommand.Statements.class,
                BenchCommand.Memory.class, BenchCommand.Network.class, BenchCommand.Worker.class})
final class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Mesure « cloture --help » et « cloture run » sur un dossier de dépôt (la démo par défaut) : "
                    + "premier chargement, puis le meilleur de plusieurs runs, étape par étape.")
    static final class Run implements Callable<Integer> {

        @Option(names = "--input", defaultValue = "input", description = "Dossier de dépôt (${DEFAULT-VALUE}).")
        Path input;

        @Option(names = "--tries", defaultValue = "3", description = "Runs mesurés après le premier (${DEFAULT-VALUE}).")
        int tries;

        @Option(names = "--heap", description = "Tas de la JVM mesurée (par défaut celui de la JVM, comme ./cloture).")
        String heap;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            var out = spec.commandLine().getOut();
            Path work = Files.createTempDirectory("cloture-bench-");
            try {
                List<String> jvm = heap == null ? List.of() : List.of("-Xmx" + heap);
                Path data = work.resolve("data");
                Path reports = work.resolve("reports");
                double help = RunBenchmark.help(3);
                var first = RunBenchmark.run(jvm, input.toAbsolutePath(), data, reports, List.of());
                RunBenchmark.Timing best = null;
                for (int i = 0; i < Math.max(1, tries); i++) {
                    var timing = RunBenchmark.run(jvm, input.toAbsolutePath(), data, reports, List.of());
                    if (best == null || timing.wallSeconds() < best.wallSeconds()) {
                        best = timing;
                    }
                }
                RunBenchmark.report(out, help, first, best, Math.max(1, tries));
                return 0;
            } finally {
                deleteRecursively(work);
            }
        }
    }

    @Command(name = "memory", mixinStandardHelpOptions = true,
            description = "« cloture run » complet sur un exercice généré (FEC d'un million de lignes, registre de "
                    + "200 000 adhérents) avec un petit tas ; affiche durée et mémoire résidente maximale.")
    static final class Memory implements Callable<Integer> {

        @Option(names = "--lines", defaultValue = "1000000", description = "Lignes du FEC (${DEFAULT-VALUE}).")
        int lines;

        @Option(names = "--members", defaultValue = "200000", description = "Adhérents du registre (${DEFAULT-VALUE}).")
        int members;

        @Option(names = "--heap", defaultValue = "256m", description = "Tas de la JVM mesurée (${DEFAULT-VALUE}).")
        String heap;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Path work = Files.createTempDirectory("cloture-bench-");
            try {
                return LargeYearBenchmark.run(work, heap, lines, members, spec.commandLine().getOut()) ? 0
                        : ClotureCli.FAILURE;
            } finally {
                deleteRecursively(work);
            }
        }
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
            String line = BenchCommand.runInChildJvm(spec, List.of("-Xmx" + heap), scenario, size, work);
            deleteRecursively(work);
            return line == null ? null : IngestBenchmark.Measure.parse(line);
        }
    }

    /**
     * Runs {@code bench worker} in a child JVM and returns what it printed after "MEASURE " (null if it
     * failed); everything else it prints goes to our error stream.
     */
    static String runInChildJvm(CommandSpec spec, List<String> jvmOptions, String scenario, String size, Path work)
            throws Exception {
        Process process = ChildRun.childProcess(jvmOptions, List.of("bench", "worker", scenario, size, work.toString()))
                .redirectErrorStream(true).start();
        String measure = null;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("MEASURE ")) {
                    measure = line.substring("MEASURE ".length());
                } else {
                    spec.commandLine().getErr().println(line);
                }
            }
        }
        process.waitFor();
        return measure;
    }

    @Command(name = "statements", mixinStandardHelpOptions = true,
            description = "Charge un FEC synthétique puis calcule balance, compte de résultat, bilan et annexe ; "
                    + "compare avec « ledger balance » et « hledger balance » sur le même grand livre.")
    static final class Statements implements Callable<Integer> {

        @Option(names = "--lines", defaultValue = "1000000", description = "Lignes du FEC (${DEFAULT-VALUE}).")
        int lines;

        @Option(names = "--heap", defaultValue = "512m", description = "Tas de la JVM mesurée (${DEFAULT-VALUE}).")
        String heap;

        @Option(names = "--cores", defaultValue = "2", description = "Cœurs vus par la JVM mesurée (${DEFAULT-VALUE}).")
        int cores;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            var out = spec.commandLine().getOut();
            Path work = Files.createTempDirectory("cloture-bench-");
            try {
                String line = runInChildJvm(spec, List.of("-Xmx" + heap, "-XX:ActiveProcessorCount=" + cores),
                        "statements", Integer.toString(lines), work);
                if (line == null) {
                    out.println("statements échec (voir ci-dessus)");
                    return ClotureCli.FAILURE;
                }
                StatementsBenchmark.Measure measure = StatementsBenchmark.Measure.parse(line);
                out.printf(Locale.ROOT, "%-28s %10d%n", "lignes chargées", measure.lines());
                out.printf(Locale.ROOT, "%-28s %10.1f s%n", "chargement du FEC", measure.loadSeconds());
                out.printf(Locale.ROOT, "%-28s %10.1f s%n", "balance + états + annexe", measure.statementsSeconds());
                out.printf(Locale.ROOT, "%-28s %10.1f s%n", "total clôture", measure.totalSeconds());
                out.printf(Locale.ROOT, "%-28s %10d Mo (-Xmx %d Mo, %d cœurs)%n", "tas max", measure.peakHeapMb(),
                        measure.maxHeapMb(), cores);
                out.println("contrôle : " + measure.check());
                Path journal = Path.of(measure.journal());
                Double ledger = peer(out, "ledger", List.of("ledger", "-f", journal.toString(), "balance"));
                Double hledger = peer(out, "hledger", List.of("hledger", "-f", journal.toString(), "balance"));
                out.printf(Locale.ROOT, "charge de la machine %.1f%n", ChildRun.loadAverage());
                if (ledger != null) {
                    Goal.of("total clôture / ledger balance", measure.totalSeconds() / ledger, "×", 2.0)
                            .print(out);
                }
                if (hledger != null) {
                    Goal.reported("total clôture / hledger balance", measure.totalSeconds() / hledger,
                            "×").print(out);
                }
                return 0;
            } finally {
                deleteRecursively(work);
            }
        }

        /**
         * Times a peer tool's balance on the same ledger (the hledger journal, which ledger reads too); null,
         * with a line saying so, when it is not installed or fails.
         */
        private static Double peer(java.io.PrintWriter out, String name, List<String> command) throws Exception {
            if (!installed(name)) {
                out.println(name + " : non installé, comparaison sautée (paquet Debian « " + name + " »)");
                return null;
            }
            long started = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = process.waitFor();
            double seconds = (System.nanoTime() - started) / 1e9;
            if (status != 0) {
                out.println(name + " : échec (" + status + ") " + errors.strip());
                return null;
            }
            out.printf(Locale.ROOT, "%-28s %10.1f s%n", name + " balance", seconds);
            return seconds;
        }

        private static boolean installed(String tool) {
            try {
                Process process = new ProcessBuilder(tool, "--version")
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                return process.waitFor() == 0;
            } catch (java.io.IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    /**
     * A federation of N generated members closed by the real job (partitioned step, W threads of this JVM
     * standing for W workers), once per W asked (1 and 2 by default), each after a warm-up closing of a few
     * members so that the JIT and the templates are warm as in a long-lived worker. Prints, per W, wall time,
     * members per minute, CPU per member-year and the fixed overhead per partition (view, private database,
     * Batch bookkeeping). The network is generated once; each W's reports are deleted before the next.
     */
    @Command(name = "network", mixinStandardHelpOptions = true,
            description = "Clôture d'un réseau de N membres générés (FEC de 1 500 à 3 500 lignes, registre) par W "
                    + "travailleurs (1 puis 2 par défaut) ; temps, membres par minute, CPU par membre, surcoût fixe "
                    + "par partition.")
    static final class Network implements Callable<Integer> {

        @Option(names = "--members", defaultValue = "100", description = "Membres du réseau (${DEFAULT-VALUE}).")
        int members;

        @Option(names = "--workers", defaultValue = "1,2", split = ",",
                description = "Travailleurs (fils d'exécution), une mesure par valeur (${DEFAULT-VALUE}).")
        List<Integer> workers;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            var out = spec.commandLine().getOut();
            if (members < 1 || workers.stream().anyMatch(count -> count < 1)) {
                spec.commandLine().getErr().println("--members et --workers doivent être au moins 1.");
                return ClotureCli.FAILURE;
            }
            Path work = Files.createTempDirectory("cloture-bench-reseau-");
            try {
                out.printf(Locale.ROOT, "Réseau de %d membres généré en %.1f s%n", members,
                        timed(() -> org.cloture.bench.SyntheticNetwork.write(work, members)));
                Path input = work.resolve("input");
                boolean completed = true;
                for (int count : workers) {
                    Path warmInput = org.cloture.bench.SyntheticNetwork.write(work.resolve("chauffe-" + count),
                            Math.max(2, count * 2));
                    completed &= measure(out, input, warmInput, work.resolve("reports-" + count), count);
                    deleteRecursively(work.resolve("reports-" + count));
                    deleteRecursively(work.resolve("chauffe-" + count));
                }
                return completed ? 0 : ClotureCli.FAILURE;
            } finally {
                deleteRecursively(work);
            }
        }

        private interface Work {
            Object run() throws Exception;
        }

        private static double timed(Work work) throws Exception {
            long started = System.nanoTime();
            work.run();
            return (System.nanoTime() - started) / 1e9;
        }

        private static boolean measure(java.io.PrintWriter out, Path input, Path warmInput, Path reports, int workers)
                throws Exception {
            Path data = reports.resolveSibling("data-" + workers);
            try (var context = ApplicationStarter.start(data, org.cloture.jobs.RunProgress.NONE,
                    true, List.of("--cloture.members.threads=" + workers))) {
                var launcher = context.getBean(org.cloture.jobs.YearEndLauncher.class);
                launcher.launch(new org.cloture.yearend.YearEndRequest(org.cloture.bench.SyntheticNetwork.YEAR,
                        warmInput, warmInput.resolveSibling("reports"), org.cloture.yearend.YearEndRequest.Mode.RUN));
                var os = (com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
                long cpuBefore = os.getProcessCpuTime();
                long started = System.nanoTime();
                var launched = launcher.launch(new org.cloture.yearend.YearEndRequest(
                        org.cloture.bench.SyntheticNetwork.YEAR, input, reports,
                        org.cloture.yearend.YearEndRequest.Mode.RUN));
                double wall = (System.nanoTime() - started) / 1e9;
                double cpu = (os.getProcessCpuTime() - cpuBefore) / 1e9;
                var partitions = launched.execution().getStepExecutions().stream()
                        .filter(step -> step.getStepName().startsWith(
                                org.cloture.jobs.MemberPartitionConfiguration.WORKER_STEP + ":")).toList();
                var membersStep = launched.execution().getStepExecutions().stream()
                        .filter(step -> step.getStepName().equals(
                                org.cloture.jobs.MemberPartitionConfiguration.MEMBERS_STEP)).findFirst().orElseThrow();
                double membersWall = java.time.Duration.between(membersStep.getStartTime(),
                        membersStep.getEndTime()).toMillis() / 1e3;
                double overhead = partitions.stream().mapToLong(step -> step.getExecutionContext()
                        .getLong(org.cloture.jobs.MemberClosingTasklet.OVERHEAD_MILLIS, 0L)
                        + java.time.Duration.between(step.getStartTime(), step.getEndTime()).toMillis()
                        - step.getExecutionContext().getLong(org.cloture.jobs.MemberClosingTasklet.CLOSING_MILLIS, 0L))
                        .average().orElse(0);
                out.println();
                out.printf(Locale.ROOT, "%-34s %10d (%d travailleur(s), %d cœur(s))%n", "membres clôturés",
                        partitions.size(), workers, Runtime.getRuntime().availableProcessors());
                out.printf(Locale.ROOT, "%-34s %10.1f s (dont membres %.1f s)%n", "temps total", wall, membersWall);
                out.printf(Locale.ROOT, "%-34s %10.1f%n", "membres par minute", partitions.size() / membersWall * 60);
                // The process's CPU over the whole run (the federation's own stages included), per member.
                out.printf(Locale.ROOT, "%-34s %10.3f s (CPU du processus : %.1f s)%n", "CPU par membre-exercice",
                        cpu / Math.max(1, partitions.size()), cpu);
                double memberThreadCpu = partitions.stream().mapToLong(step -> step.getExecutionContext()
                        .getLong(org.cloture.jobs.MemberClosingTasklet.CLOSING_CPU_MILLIS, 0L)).average().orElse(0);
                out.printf(Locale.ROOT, "%-34s %10.3f s (fil du membre, sans JIT ni GC)%n", "CPU d'une clôture de membre",
                        memberThreadCpu / 1e3);
                out.printf(Locale.ROOT, "%-34s %10.3f s%n", "surcoût fixe par partition", overhead / 1e3);
                out.printf(Locale.ROOT, "%-34s %10s%n", "statut", launched.execution().getStatus());
                out.flush();
                return launched.execution().getStatus() == org.springframework.batch.core.BatchStatus.COMPLETED;
            } finally {
                deleteRecursively(data);
            }
        }
    }

    static void deleteRecursively(Path directory) throws java.io.IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** The measuring side, run by {@link Ingest} and {@link Statements} in a child JVM. */
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
            String measure = scenario.equals("statements") ? StatementsBenchmark.run(size, work).toLine()
                    : IngestBenchmark.run(scenario, size, work).toLine();
            spec.commandLine().getOut().println("MEASURE " + measure);
            return 0;
        }
    }
}
