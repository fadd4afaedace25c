package org.cloture.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./cloture} as a user's shell runs it, with a stand-in {@code java} on the PATH that prints the options
 * it was given: which JIT each command gets, and that the user's {@code CLOTURE_JAVA_OPTS} come last (they win).
 */
class LauncherScriptTest {

    @TempDir
    Path project;

    @BeforeEach
    void builtProject() throws IOException {
        Files.copy(Path.of("cloture"), project.resolve("cloture"));
        Path app = Files.createDirectories(project.resolve("target/app"));
        Files.writeString(project.resolve("target/cloture.jar"), "");
        Files.writeString(app.resolve("cloture.jar"), "");
        Files.writeString(app.resolve("cloture.jsa"), "");
        Instant built = Instant.now().minusSeconds(60);
        Files.setLastModifiedTime(project.resolve("target/cloture.jar"), FileTime.from(built));
        Files.setLastModifiedTime(app.resolve("cloture.jar"), FileTime.from(built.plusSeconds(1)));
        Files.setLastModifiedTime(app.resolve("cloture.jsa"), FileTime.from(built.plusSeconds(2)));
        Path bin = Files.createDirectories(project.resolve("bin"));
        Files.writeString(bin.resolve("java"), "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");
        Files.setPosixFilePermissions(bin.resolve("java"), PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void oneShotCommandsRunOnC1AloneWithOneCompilerThreadAndTheSerialCollector() throws Exception {
        for (String command : List.of("run", "check", "explain", "programme", "export")) {
            assertThat(javaArguments(Map.of(), command)).as(command).contains("-XX:TieredStopAtLevel=1",
                    "-XX:CICompilerCount=1", "-XX:CompileThresholdScaling=0.5", "-XX:InitialRAMPercentage=8",
                    "-XX:+UseSerialGC");
        }
    }

    @Test
    void longRunningCommandsKeepTheFullJit() throws Exception {
        for (String command : List.of("serve", "worker")) {
            assertThat(javaArguments(Map.of(), command)).as(command)
                    .noneMatch(a -> a.startsWith("-XX:TieredStopAtLevel") || a.equals("-XX:+UseSerialGC"));
        }
        assertThat(javaArguments(Map.of(), "bench", "network")).noneMatch(a -> a.startsWith("-XX:TieredStopAtLevel"));
    }

    @Test
    void theBenchmarkedCommandRunsAsTheUsersDoes() throws Exception {
        assertThat(javaArguments(Map.of(), "bench", "worker", "statements")).contains("-XX:TieredStopAtLevel=1");
    }

    @Test
    void theUsersOptionsComeLastAndTheArchivePreparedContextAndLauncherAreGiven() throws Exception {
        List<String> arguments = javaArguments(Map.of("CLOTURE_JAVA_OPTS", "-XX:TieredStopAtLevel=4 -Xmx1g"), "run");
        assertThat(arguments).containsSubsequence("-XX:TieredStopAtLevel=1", "-XX:TieredStopAtLevel=4", "-Xmx1g",
                "-jar", project.resolve("target/app/cloture.jar").toString(), "run");
        assertThat(arguments).contains("-XX:SharedArchiveFile=" + project.resolve("target/app/cloture.jsa"),
                "-Dcloture.aot=true", "-Dcloture.launcher=" + project.resolve("cloture"));
    }

    /** The JVM refuses two collectors: one the user names replaces the serial one. */
    @Test
    void aCollectorTheUserNamesReplacesTheSerialOne() throws Exception {
        List<String> arguments = javaArguments(Map.of("CLOTURE_JAVA_OPTS", "-XX:+UseG1GC"), "run");
        assertThat(arguments).contains("-XX:+UseG1GC", "-XX:TieredStopAtLevel=1").doesNotContain("-XX:+UseSerialGC");
    }

    private List<String> javaArguments(Map<String, String> environment, String... arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("bash", project.resolve("cloture").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("CLOTURE_JAVA_OPTS");
        builder.environment().putAll(environment);
        builder.environment().put("PATH", project.resolve("bin") + ":" + System.getenv("PATH"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        return output.lines().toList();
    }
}
