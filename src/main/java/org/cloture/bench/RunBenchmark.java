package org.cloture.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code cloture run} on a drop folder (the demo by default), each time in a new JVM started as
 * {@code ./cloture} starts it, on a data folder of its own: {@code --help}, a first run that loads every file,
 * then later runs on the loaded database, the best of which is broken down by stage (the stages' own times,
 * read from cloture.log; the fixed cost is the rest: JVM, Spring, lock, database, exit).
 */
public final class RunBenchmark {

    /** The year-end job logs each stage's time: "Stage report done in 1234 ms". */
    private static final Pattern STAGE = Pattern.compile("Stage (\\w+) done in (\\d+) ms");

    /** One measured run: its wall time, its stages' times in seconds (in order), its peak resident memory. */
    public record Timing(double wallSeconds, double cpuSeconds, Map<String, Double> stages, long peakRssMb,
                         int exitCode) {

        public double stagesSeconds() {
            return stages.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        public double fixedSeconds() {
            return wallSeconds - stagesSeconds();
        }
    }

    private RunBenchmark() {
    }

    /** Best wall time of {@code tries} runs of {@code cloture --help}. */
    public static double help(int tries) throws IOException, InterruptedException {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < tries; i++) {
            best = Math.min(best, ChildRun.run(List.of(), List.of("--help")).seconds());
        }
        return best;
    }

    /** One {@code cloture run --no-send} on {@code input}, with {@code data} and {@code reports} of its own. */
    public static Timing run(List<String> jvmOptions, Path input, Path data, Path reports, List<String> extra)
            throws IOException, InterruptedException {
        Path log = data.resolve("cloture.log");
        long logStart = Files.exists(log) ? Files.size(log) : 0;
        List<String> arguments = new ArrayList<>(List.of("run", "--no-send", "--input", input.toString(), "--data",
                data.toString(), "--reports", reports.toString()));
        arguments.addAll(extra);
        ChildRun.Result result = ChildRun.run(jvmOptions, arguments);
        if (result.exitCode() != 0 && result.exitCode() != 2) {
            throw new IllegalStateException("cloture run a échoué (" + result.exitCode() + ") :\n" + result.output());
        }
        return new Timing(result.seconds(), result.cpuSeconds(), stages(log, logStart), result.peakRssMb(),
                result.exitCode());
    }

    /** The stage times the run appended to cloture.log after {@code from}. */
    static Map<String, Double> stages(Path log, long from) throws IOException {
        Map<String, Double> stages = new LinkedHashMap<>();
        if (!Files.exists(log)) {
            return stages;
        }
        byte[] bytes = Files.readAllBytes(log);
        String appended = new String(bytes, (int) Math.min(from, bytes.length), (int) Math.max(0, bytes.length - from),
                StandardCharsets.UTF_8);
        Matcher stage = STAGE.matcher(appended);
        while (stage.find()) {
            stages.merge(stage.group(1), Long.parseLong(stage.group(2)) / 1000.0, Double::sum);
        }
        return stages;
    }

    /** Prints the demo's figures beside the goals of docs/performance.md. */
    public static void report(PrintWriter out, double help, Timing first, Timing best, int tries) {
        out.printf(java.util.Locale.ROOT, "cloture run (meilleur de %d ; chaque mesure dans une nouvelle JVM ; "
                + "charge de la machine %.1f)%n", tries, ChildRun.loadAverage());
        Goal.of("cloture --help", help, "s", 0.5).print(out);
        Goal.reported("premier run (charge tous les fichiers)", first.wallSeconds(), "s").print(out);
        Goal.of("run, base déjà chargée (mur)", best.wallSeconds(), "s", 4.0).print(out);
        Goal.reported("  temps processeur (tous les fils)", best.cpuSeconds(), "s").print(out);
        Goal.of("  coût fixe (JVM, Spring, verrou, base, sortie)", best.fixedSeconds(), "s", 1.5).print(out);
        best.stages().forEach((stage, seconds) -> {
            if (stage.equals("report")) {
                Goal.of("  étape " + stage, seconds, "s", 2.0).print(out);
            } else {
                Goal.reported("  étape " + stage, seconds, "s").print(out);
            }
        });
        Goal.reported("mémoire résidente maximale", best.peakRssMb(), "Mo").print(out);
    }
}
