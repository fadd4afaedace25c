package org.cloture.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cloture.cluster.ClusterSettings;
import org.cloture.cluster.DevelopmentCluster;
import org.cloture.federation.FederationFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Remote partitioning end to end on this machine: `cloture cluster up` (PostgreSQL of the Debian package,
 * an Artemis broker in its own JVM), workers in child JVMs, the manager through the command line with
 * {@code --distributed}. After each hazard the outputs are byte for byte those of a single-JVM run.
 * Skipped where PostgreSQL is not installed (.ci/run installs it).
 */
class DistributedClosingFunctionalTests {

    private static final Duration WORKER_START = Duration.ofSeconds(120);

    @TempDir
    static Path cluster;

    private static Map<String, byte[]> reference;

    @BeforeAll
    static void clusterUpAndReferenceRun(@TempDir Path single) throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/usr/lib/postgresql")), "PostgreSQL absent");
        DevelopmentCluster.up(cluster, DevelopmentCluster.brokerJavaCommand());
        FederationFixture.write(single);
        CliRunner.Result result = CliRunner.run(single, "run", "--year", "2023", "--no-send");
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        reference = FederationFunctionalTests.contents(single.resolve("reports"));
    }

    @AfterAll
    static void clusterDown() throws Exception {
        if (Files.exists(cluster.resolve(ClusterSettings.FILE_NAME))) {
            DevelopmentCluster.down(cluster);
        }
    }

    @Test
    void twoWorkersCloseTheMembersAndTheOutputsAreThoseOfOneJvm(@TempDir Path work) throws Exception {
        Path data = prepare(work);
        try (ChildJvm one = worker(data, List.of()); ChildJvm two = worker(data, List.of())) {
            one.awaitLine("Travailleur prêt (1 à la fois, pid " + one.pid() + ")", WORKER_START);
            two.awaitLine("Travailleur prêt (1 à la fois, pid " + two.pid() + ")", WORKER_START);

            CliRunner.Result result = CliRunner.run(work, "run", "--year", "2023", "--no-send", "--distributed");

            assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
            assertSameOutputs(work);
        }
    }

    @Test
    void aWorkerKilledMidPartitionHasItsRequestRedeliveredToAnotherWorker(@TempDir Path work) throws Exception {
        Path data = prepare(work);
        try (ChildJvm doomed = worker(data, List.of("-Dcloture.haltAt=member:*"))) {
            doomed.awaitLine("Travailleur prêt (1 à la fois, pid " + doomed.pid() + ")", WORKER_START);
            List<CliRunner.Result> manager = new ArrayList<>();
            Thread run = new Thread(() -> manager.add(CliRunner.run(work, "run", "--year", "2023", "--no-send",
                    "--distributed")));
            run.start();
            doomed.awaitLine("HALTED member:*", WORKER_START);
            doomed.kill();
            try (ChildJvm rescuer = worker(data, List.of())) {
                run.join(Duration.ofMinutes(4).toMillis());
                assertThat(manager).as("the manager ended").hasSize(1);
                assertThat(manager.get(0).exitCode()).as(manager.get(0).out() + manager.get(0).err()).isZero();
                assertSameOutputs(work);
            }
        }
    }

    /**
     * The manager killed while its partitions wait or run, a worker with it: {@code cloture recover} marks the
     * execution, purges the stale requests and restarts it, and only the members that had not completed are
     * closed again.
     */
    @Test
    void aKilledManagerIsRecoveredAndOnlyTheMembersNotCompletedAreClosedAgain(@TempDir Path work) throws Exception {
        Path data = prepare(work);
        try (ChildJvm manager = ChildJvm.cloture(List.of(), "run", "--year", "2023", "--no-send", "--distributed",
                "--input", work.resolve("input").toString(), "--reports", work.resolve("reports").toString(),
                "--data", data.toString());
             ChildJvm stuck = worker(data, List.of("-Dcloture.haltAt=member:cs-arras-ouest"))) {
            stuck.awaitLine("HALTED member:cs-arras-ouest", Duration.ofMinutes(4));
            manager.kill();
            stuck.kill();
        }
        long completedBefore = List.of("cs-wazemmes", "cs-fives", "cs-arras-ouest").stream()
                .filter(member -> Files.exists(work.resolve("reports/2023").resolve(member)
                        .resolve("chiffres-cles-2023.json"))).count();

        try (ChildJvm rescuer = worker(data, List.of())) {
            CliRunner.Result recovered = CliRunner.run("recover", "--data", data.toString());

            assertThat(recovered.exitCode()).as(recovered.out() + recovered.err()).isZero();
            // How many members the killed run had finished depends on the machine's speed (on an idle machine the
            // workers may finish every member before the kill): at most the ones without outputs are closed again.
            assertThat(recovered.out()).contains("Exécutions interrompues : 1")
                    .containsPattern("COMPLETED, [0-" + (3 - completedBefore) + "] membre\\(s\\) clôturé\\(s\\) à nouveau");
            assertSameOutputs(work);
        }
    }

    /** The broker stopped and started again while members are being closed: workers reconnect, the run ends. */
    @Test
    void theBrokerRestartedMidRunLeavesTheSameOutputs(@TempDir Path work) throws Exception {
        Path data = prepare(work);
        try (ChildJvm one = worker(data, List.of()); ChildJvm two = worker(data, List.of())) {
            one.awaitLine("Travailleur prêt (1 à la fois, pid " + one.pid() + ")", WORKER_START);
            two.awaitLine("Travailleur prêt (1 à la fois, pid " + two.pid() + ")", WORKER_START);
            List<CliRunner.Result> manager = new ArrayList<>();
            Thread run = new Thread(() -> manager.add(CliRunner.run(work, "run", "--year", "2023", "--no-send",
                    "--distributed")));
            run.start();
            long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
            while (!Files.exists(work.resolve("reports/2023/cs-wazemmes")) && !Files.exists(
                    work.resolve("reports/2023/cs-fives")) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            DevelopmentCluster.stopBroker(cluster);
            DevelopmentCluster.restartBroker(cluster, DevelopmentCluster.brokerJavaCommand());

            run.join(Duration.ofMinutes(5).toMillis());
            assertThat(manager).as("the manager ended").hasSize(1);
            assertThat(manager.get(0).exitCode()).as(manager.get(0).out() + manager.get(0).err()).isZero();
            assertSameOutputs(work);
        }
    }

    /**
     * Every connection to PostgreSQL killed mid-run (as a database restart or a network cut would): what the
     * run could not record is left FAILED or UNKNOWN, and {@code cloture recover} finishes it the same way.
     */
    @Test
    void databaseConnectionsKilledMidRunAreRecoveredLikeAKilledManager(@TempDir Path work) throws Exception {
        Path data = prepare(work);
        try (ChildJvm one = worker(data, List.of()); ChildJvm two = worker(data, List.of())) {
            one.awaitLine("Travailleur prêt (1 à la fois, pid " + one.pid() + ")", WORKER_START);
            two.awaitLine("Travailleur prêt (1 à la fois, pid " + two.pid() + ")", WORKER_START);
            List<CliRunner.Result> manager = new ArrayList<>();
            Thread run = new Thread(() -> manager.add(CliRunner.run(work, "run", "--year", "2023", "--no-send",
                    "--distributed")));
            run.start();
            long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
            while (!Files.exists(work.resolve("reports/2023/cs-wazemmes")) && !Files.exists(
                    work.resolve("reports/2023/cs-fives")) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            killDatabaseConnections();

            run.join(Duration.ofMinutes(5).toMillis());
            assertThat(manager).as("the manager ended").hasSize(1);
            if (manager.get(0).exitCode() != 0) {
                CliRunner.Result recovered = CliRunner.run("recover", "--data", data.toString());
                assertThat(recovered.exitCode()).as(recovered.out() + recovered.err()).isZero();
            }
            assertSameOutputs(work);
        }
    }

    private static void killDatabaseConnections() throws Exception {
        String url = ClusterSettings.resolve(Map.of(), cluster).orElseThrow().databaseUrl();
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url);
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    + "WHERE usename = 'cloture' AND pid <> pg_backend_pid()");
        }
    }

    /** The federation in {@code work/input}, and the cluster settings in the data folder. */
    private static Path prepare(Path work) throws IOException {
        FederationFixture.write(work);
        Path data = Files.createDirectories(work.resolve("data"));
        Files.copy(cluster.resolve(ClusterSettings.FILE_NAME), data.resolve(ClusterSettings.FILE_NAME));
        return data;
    }

    private static ChildJvm worker(Path data, List<String> jvmOptions) {
        List<String> options = new ArrayList<>(jvmOptions);
        options.add("-Xmx384m");
        return ChildJvm.start(options, "org.cloture.ClotureApplication", "worker", "--data", data.toString());
    }

    private static void assertSameOutputs(Path work) {
        Map<String, byte[]> outputs = FederationFunctionalTests.contents(work.resolve("reports"));
        assertThat(outputs.keySet()).isEqualTo(reference.keySet());
        reference.forEach((path, bytes) -> {
            if (path.endsWith(".json")) {
                // Text first, so that a difference reads as text.
                assertThat(new String(outputs.get(path), java.nio.charset.StandardCharsets.UTF_8)).as(path)
                        .isEqualTo(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
            }
            assertThat(outputs.get(path)).as(path).isEqualTo(bytes);
        });
    }
}
