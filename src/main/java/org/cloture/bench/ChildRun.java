package org.cloture.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Clôture's own command line in a child JVM, timed from outside as a user's shell would time it, with its
 * peak resident memory (VmHWM, read from /proc while it runs; -1 where there is no /proc).
 */
public final class ChildRun {

    /**
     * What a child run gave: exit code, wall seconds, processor seconds (all its threads: on a loaded machine
     * the steadier figure), peak resident set in MB, what it printed.
     */
    public record Result(int exitCode, double seconds, double cpuSeconds, long peakRssMb, String output) {
    }

    /** Set by ./cloture to its own path. */
    static final String LAUNCHER_PROPERTY = "cloture.launcher";
    static final String JAVA_OPTIONS_VARIABLE = "CLOTURE_JAVA_OPTS";

    private ChildRun() {
    }

    /**
     * The command that starts this application again. Started by {@code ./cloture} (which names itself in
     * {@code cloture.launcher}), it is that script, with {@code jvmOptions} added to {@code CLOTURE_JAVA_OPTS}: a
     * child starts exactly as the user's command does (class-data sharing, the one-shot commands' JIT).
     * Otherwise (tests, IDE) the same java on the same class path.
     */
    public static ProcessBuilder childProcess(List<String> jvmOptions, List<String> arguments) {
        Optional<Path> launcher = Optional.ofNullable(System.getProperty(LAUNCHER_PROPERTY)).map(Path::of)
                .filter(Files::isExecutable);
        List<String> command = new ArrayList<>();
        ProcessBuilder builder = new ProcessBuilder(command);
        if (launcher.isPresent()) {
            command.add(launcher.get().toString());
            String inherited = Optional.ofNullable(System.getenv(JAVA_OPTIONS_VARIABLE)).orElse("");
            builder.environment().put(JAVA_OPTIONS_VARIABLE, (inherited + " " + String.join(" ", jvmOptions)).strip());
        } else {
            command.add(ProcessHandle.current().info().command().orElse("java"));
            command.addAll(jvmOptions);
            String classPath = System.getProperty("java.class.path");
            if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)) {
                command.addAll(List.of("-jar", classPath));
            } else {
                command.addAll(List.of("-cp", classPath, "org.cloture.ClotureApplication"));
            }
        }
        command.addAll(arguments);
        return builder;
    }

    /** Runs {@code cloture <arguments>} in a child JVM and waits for it. */
    public static Result run(List<String> jvmOptions, List<String> arguments) throws IOException, InterruptedException {
        Path output = Files.createTempFile("cloture-bench-", ".txt");
        try {
            long started = System.nanoTime();
            Process process = childProcess(jvmOptions, arguments).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            long peakKb = -1;
            java.time.Duration cpu = java.time.Duration.ZERO;
            while (!process.waitFor(20, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                peakKb = Math.max(peakKb, peakRssKb(process.pid()).orElse(-1L));
                cpu = process.info().totalCpuDuration().filter(read -> read.compareTo(java.time.Duration.ZERO) > 0)
                        .orElse(cpu);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            return new Result(process.exitValue(), seconds, cpu.toNanos() / 1e9, peakKb < 0 ? -1 : peakKb / 1024,
                    Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /** The 1-minute load average, to print beside wall times (-1 where there is no /proc). */
    public static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The process's high-water mark of resident memory, in kB (monotonic: the last reading is the peak). */
    private static Optional<Long> peakRssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Optional.of(Long.parseLong(line.replaceAll("\\D", "")));
                }
            }
        } catch (IOException | RuntimeException e) {
            // The process has just ended, or this system has no /proc.
        }
        return Optional.empty();
    }
}
