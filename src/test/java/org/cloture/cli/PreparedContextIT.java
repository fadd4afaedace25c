package org.cloture.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged application as {@code ./cloture} starts it (after {@code package}: class-data sharing archive, the
 * batch context prepared at build time by Spring AOT, C1 alone) closes the demo association exactly as the usual
 * start does: same exit code, same key figures, same controls, for a new database and for a verified one.
 */
class PreparedContextIT {

    @TempDir
    Path work;

    @Test
    void thePreparedContextClosesTheDemoAsTheUsualStartDoes() throws Exception {
        Path prepared = work.resolve("prepared");
        Path usual = work.resolve("usual");

        int preparedCode = run(prepared, "");
        int usualCode = run(usual, "-Dcloture.aot=false");

        assertThat(preparedCode).isEqualTo(usualCode).isIn(0, 2);
        assertThat(log(prepared)).contains("Context prepared at build time (Spring AOT)");
        assertThat(log(usual)).doesNotContain("Context prepared at build time");
        assertThat(keyFigures(prepared)).isEqualTo(keyFigures(usual));
        assertThat(Files.readAllBytes(report(prepared, "controles-2025.xlsx")).length).isPositive();

        // Again on the database that run checked and closed: no migration, the database opened ahead.
        String first = keyFigures(prepared);
        assertThat(run(prepared, "")).isEqualTo(preparedCode);
        assertThat(keyFigures(prepared)).isEqualTo(first);
    }

    private int run(Path folder, String javaOptions) throws IOException, InterruptedException {
        Path input = folder.resolve("input");
        if (!Files.exists(input)) {
            CliRunner.copyDemoInput(folder);
        }
        ProcessBuilder builder = new ProcessBuilder("bash", Path.of("cloture").toAbsolutePath().toString(), "run",
                "--no-send", "--input", input.toString(), "--data", folder.resolve("data").toString(),
                "--reports", folder.resolve("reports").toString()).redirectErrorStream(true)
                .redirectOutput(folder.resolve("console.txt").toFile());
        builder.environment().put("CLOTURE_JAVA_OPTS", javaOptions);
        return builder.start().waitFor();
    }

    private static String log(Path folder) throws IOException {
        return Files.readString(folder.resolve("data/cloture.log"), StandardCharsets.UTF_8);
    }

    private static String keyFigures(Path folder) throws IOException {
        return Files.readString(report(folder, "chiffres-cles-2025.json"), StandardCharsets.UTF_8);
    }

    private static Path report(Path folder, String name) {
        return folder.resolve("reports/2025").resolve(name);
    }
}
