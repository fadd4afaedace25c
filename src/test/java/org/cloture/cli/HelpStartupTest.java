package org.cloture.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * « cloture --help » is asked often and must answer at once: picocli builds every command to print it, so no
 * command may start logging (Logback) or Spring while it is built. Checked by the classes a fresh JVM loads, not
 * by a time (speed is measured by `cloture bench run`).
 */
class HelpStartupTest {

    @TempDir
    Path work;

    @Test
    void helpLoadsNeitherLogbackNorASpringContext() throws Exception {
        Path loaded = work.resolve("classes.txt");
        int exit;
        String output;
        try (ChildJvm help = ChildJvm.start(List.of("-Xlog:class+load:file=" + loaded), "org.cloture.ClotureApplication",
                "--help")) {
            exit = help.waitFor(Duration.ofMinutes(2));
            output = help.output();
        }

        assertThat(exit).as(output).isZero();
        assertThat(output).contains("Usage: cloture");
        List<String> classes = Files.readAllLines(loaded);
        assertThat(classes).as("classes loaded for --help").isNotEmpty()
                .noneMatch(line -> line.contains(" ch.qos.logback."))
                .noneMatch(line -> line.contains(" org.springframework.context.support.AbstractApplicationContext "));
    }
}
