package org.cloture.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A benchmark's child is started as the user's command is: through ./cloture when the bench was. */
class ChildRunTest {

    @TempDir
    Path folder;

    @AfterEach
    void noLauncher() {
        System.clearProperty(ChildRun.LAUNCHER_PROPERTY);
    }

    @Test
    void startedByTheScriptAChildGoesThroughItWithItsHeapInTheJavaOptions() throws Exception {
        Path script = Files.writeString(folder.resolve("cloture"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        System.setProperty(ChildRun.LAUNCHER_PROPERTY, script.toString());

        ProcessBuilder child = ChildRun.childProcess(List.of("-Xmx512m"), List.of("run", "--no-send"));

        assertThat(child.command()).containsExactly(script.toString(), "run", "--no-send");
        assertThat(child.environment().get(ChildRun.JAVA_OPTIONS_VARIABLE)).endsWith("-Xmx512m");
    }

    @Test
    void withoutTheScriptAChildIsTheSameJavaOnTheSameClassPath() {
        ProcessBuilder child = ChildRun.childProcess(List.of("-Xmx512m"), List.of("--help"));

        assertThat(child.command().get(0)).endsWith("java");
        assertThat(child.command()).containsSubsequence("-Xmx512m", "-cp", System.getProperty("java.class.path"))
                .endsWith("--help");
    }
}
