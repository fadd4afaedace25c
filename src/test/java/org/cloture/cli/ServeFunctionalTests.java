package org.cloture.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code cloture serve} on a temporary folder: files dropped while it runs are loaded and answered. */
class ServeFunctionalTests {

    @TempDir
    Path work;

    private final StringWriter console = new StringWriter();

    private ServeCommand.Running serve(String... extra) throws IOException {
        ServeCommand command = new ServeCommand();
        CommandLine line = new CommandLine(command);
        line.setOut(new PrintWriter(console, true));
        List<String> args = new ArrayList<>(List.of("--input", work.resolve("input").toString(),
                "--reports", work.resolve("reports").toString(), "--data", work.resolve("data").toString(),
                "--quiet-seconds", "1", "--poll-seconds", "1", "--tick-millis", "200", "--port", "0"));
        args.addAll(List.of(extra));
        line.parseArgs(args.toArray(String[]::new));
        return command.start(false);
    }

    static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    @Test
    void aFileCopiedSlowlyIsLoadedOnceCompleteAndStaffGetAFeedbackInTheReportsFolder() throws Exception {
        Path input = CliRunner.copyDemoInput(work);
        Path depots = work.resolve("reports/2023/depots");
        try (ServeCommand.Running running = serve()) {
            await("the demo files loaded at start", Duration.ofMinutes(3),
                    () -> Files.exists(depots.resolve("adherents.xlsx.txt")));
            assertThat(Files.readString(depots.resolve("adherents.xlsx.txt"))).contains("Reconnu : adhérents");

            Path dropped = input.resolve("2023/nouveaux-adherents.csv");
            Files.writeString(input.resolve("2023/~$nouveaux-adherents.xlsx"), "lock");
            Files.writeString(input.resolve("2023/.~lock.nouveaux-adherents.xlsx#"), "lock");
            Files.writeString(dropped, "N° adhérent;Nom;Type;Date d'adhésion;Cotisation\n", StandardCharsets.UTF_8);
            for (int member = 1; member <= 20; member++) {
                // One chunk every 300 ms: the copy is never still for the 1 s quiet period until it ends.
                Files.writeString(dropped, "N" + member + ";Structure " + member + ";PM;01/02/2023;50,00\n",
                        StandardCharsets.UTF_8, StandardOpenOption.APPEND);
                Thread.sleep(300);
            }
            Files.writeString(dropped, "N21;Structure 21;PM;31/02/2023;50,00\n", StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);

            Path feedback = depots.resolve("nouveaux-adherents.csv.txt");
            await("the load of the dropped file", Duration.ofMinutes(1),
                    () -> console.toString().contains("nouveaux-adherents.csv : chargé"));
            Thread.sleep(2_000);
            assertThat(Files.readString(feedback)).contains("Fichier déposé : nouveaux-adherents.csv (exercice 2023)",
                    "Reconnu : adhérents", "Lignes lues : 21 — chargées : 20 — rejetées : 1", "ligne 22");
            assertThat(console.toString().lines().filter(line -> line.contains("nouveaux-adherents.csv :")))
                    .as("loaded once, complete, never while it was being copied")
                    .singleElement().satisfies(line -> assertThat(line).contains("chargé"));
            assertThat(console.toString()).doesNotContain("~$", ".~lock");
            try (Stream<Path> depotFiles = Files.list(depots)) {
                assertThat(depotFiles.map(path -> path.getFileName().toString())).noneMatch(name -> name.contains("lock")
                        || name.startsWith("~$"));
            }
        }
        try (Stream<Path> inputFiles = Files.walk(input)) {
            assertThat(inputFiles.map(path -> path.getFileName().toString())).as("nothing written beside the inputs")
                    .noneMatch(name -> name.endsWith(".txt") && !name.contains("FEC"));
        }
    }

    @Test
    void aFileRemovedFromTheFolderIsWithdrawnAndStaffAreTold() throws Exception {
        Path input = Files.createDirectories(work.resolve("input/2024"));
        Files.writeString(work.resolve("input/association.yml"), "name: \"Asso\"\n");
        Path file = Files.writeString(input.resolve("benevolat.csv"), "Bénévole;Date;Heures\nAnne;15/03/2024;3\n");
        Path feedback = work.resolve("reports/2024/depots/benevolat.csv.txt");
        try (ServeCommand.Running running = serve("--polling-only")) {
            await("the first load", Duration.ofMinutes(1), () -> Files.exists(feedback));
            assertThat(Files.readString(feedback)).contains("Reconnu : bénévolat", "Lignes lues : 1");

            Files.delete(file);

            await("the withdrawal", Duration.ofMinutes(1), () -> read(feedback).contains("retiré du dossier"));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }

    @Test
    void serveStopsCleanlyOnSigtermAndLogsToTheDataFolder() throws Exception {
        Files.createDirectories(work.resolve("input/2024"));
        Files.writeString(work.resolve("input/association.yml"), "name: \"Asso\"\n");
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), "org.cloture.ClotureApplication", "serve",
                "--input", work.resolve("input").toString(), "--reports", work.resolve("reports").toString(),
                "--data", work.resolve("data").toString(), "--port", "0"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("console.txt").toFile()).start();
        try {
            // The first line serve prints: its stop hook is installed before it, so a SIGTERM from here on
            // (even while the web page is still starting) must stop it cleanly.
            await("serve starting", Duration.ofMinutes(3), () -> read(work.resolve("console.txt")).contains("Surveillance de"));

            process.destroy(); // SIGTERM, as systemd sends it

            // A bound, not a timing: under heavy load the start it waits for and the stop take long.
            assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
            assertThat(process.exitValue()).as("the JVM's exit status after SIGTERM").isEqualTo(143);
            assertThat(read(work.resolve("console.txt"))).contains("Clôture arrêté.");
            assertThat(read(work.resolve("data/cloture.log"))).contains("Serving", "Stop requested");
        } finally {
            process.destroyForcibly();
        }
    }
}
