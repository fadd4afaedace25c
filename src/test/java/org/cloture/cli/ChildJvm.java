package org.cloture.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A second JVM on the test classpath, as a second user would start one: its output is collected line by
 * line so that a test can wait for a line, then kill it the way a crash would (SIGKILL on Unix).
 */
final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final List<String> lines = new ArrayList<>();

    private ChildJvm(Process process) {
        this.process = process;
        Thread reader = new Thread(this::collect, "child-jvm-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** {@code java <jvmOptions> -cp <test classpath> <mainClass> <args>}. */
    static ChildJvm start(List<String> jvmOptions, String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        command.addAll(jvmOptions);
        // Surefire runs tests from a manifest-only jar; this property holds the real classpath.
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-cp", classPath, mainClass));
        command.addAll(List.of(args));
        try {
            return new ChildJvm(new ProcessBuilder(command).redirectErrorStream(true).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Clôture command line in a child JVM, with system properties (e.g. a halt point). */
    static ChildJvm cloture(List<String> systemProperties, String... args) {
        return start(systemProperties.stream().map(property -> "-D" + property).toList(),
                "org.cloture.ClotureApplication", args);
    }

    private void collect() {
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                }
            }
        } catch (IOException e) {
            // The process was killed: its output ends here.
        }
    }

    /** Waits until the child prints {@code expected} (a whole line); fails if it ends or the time runs out. */
    void awaitLine(String expected, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lines) {
            while (!lines.contains(expected)) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || (!process.isAlive() && !lines.contains(expected))) {
                    if (!process.isAlive()) {
                        lines.wait(200);  // let the reader take the last lines
                        if (lines.contains(expected)) {
                            return;
                        }
                    }
                    throw new AssertionError("The child JVM did not print « " + expected + " » (alive: "
                            + process.isAlive() + "):\n" + String.join("\n", lines));
                }
                lines.wait(Math.min(TimeUnit.NANOSECONDS.toMillis(left) + 1, 200));
            }
        }
    }

    long pid() {
        return process.pid();
    }

    /** Kills the child without letting it clean anything up (kill -9), and waits for it to be gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    int waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("The child JVM did not end in " + timeout + ":\n" + output());
        }
        return process.exitValue();
    }

    String output() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
