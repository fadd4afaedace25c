package org.cloture.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cloture.jobs.DataDirectoryLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command that opens the database takes the data directory lock first; {@code status} reports the
 * holder instead. (CrashRecoveryFunctionalTests holds the lock from another process.)
 */
class SingleInstanceFunctionalTests {

    @TempDir
    Path work;

    @Test
    void whileTheDataDirectoryIsHeldEveryCommandThatOpensTheDatabaseExitsOneAndTouchesNothing() throws Exception {
        CliRunner.copyDemoInput(work);
        Path data = work.resolve("data");
        try (DataDirectoryLock held = DataDirectoryLock.acquire(data, "serve")) {
            for (String command : List.of("run", "check", "export", "rebuild")) {
                List<String> args = new java.util.ArrayList<>(List.of(command, "--input",
                        work.resolve("input").toString(), "--data", data.toString()));
                if (!command.equals("rebuild")) {
                    args.addAll(List.of("--reports", work.resolve("reports").toString()));
                }

                CliRunner.Result refused = CliRunner.run(args.toArray(String[]::new));

                assertThat(refused.exitCode()).as(command).isEqualTo(ClotureCli.FAILURE);
                assertThat(refused.err()).as(command).contains("Une autre exécution de Clôture",
                        "la commande « serve »");
            }
            CliRunner.Result status = CliRunner.run("status", "--input", work.resolve("input").toString(),
                    "--data", data.toString());
            assertThat(status.exitCode()).isZero();
            assertThat(status.out()).contains("En cours : la commande « serve »",
                    "Dépôts en attente : indisponibles");
        }
        try (var files = Files.list(data)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly(DataDirectoryLock.FILE_NAME);
        }
        assertThat(work.resolve("reports")).doesNotExist();
    }
}
