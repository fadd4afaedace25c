package org.cloture.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cloture.cli.DevelopmentClusterExtension.BackgroundManager;
import org.cloture.cli.DevelopmentClusterExtension.TestCluster;
import org.cloture.federation.FederationFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Remote partitioning end to end on this machine: one development cluster for the class
 * ({@link DevelopmentClusterExtension}: PostgreSQL of the Debian package, an Artemis broker in its own JVM;
 * a fresh job repository per test), workers in child JVMs, the manager through the command line with
 * {@code --distributed}. After each hazard the outputs are byte for byte those of a single-JVM run.
 * Skipped where PostgreSQL is not installed (.ci/run installs it).
 */
@ExtendWith(DevelopmentClusterExtension.class)
class DistributedClosingFunctionalTests {

    private static final List<String> MEMBERS = List.of("cs-wazemmes", "cs-fives", "cs-arras-ouest");
    private static final Duration RUN = Duration.ofMinutes(5);

    private static Map<String, byte[]> reference;

    @BeforeAll
    static void referenceRunInOneJvm(@TempDir Path single) throws Exception {
        FederationFixture.write(single);
        CliRunner.Result result = CliRunner.run(single, "run", "--year", "2023", "--no-send");
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        reference = FederationFunctionalTests.contents(single.resolve("reports"));
    }

    @Test
    void twoWorkersCloseTheMembersAndTheOutputsAreThoseOfOneJvm(TestCluster cluster, @TempDir Path work)
            throws Exception {
        Path data = cluster.prepare(work);
        try (ChildJvm one = cluster.readyWorker(data, List.of()); ChildJvm two = cluster.readyWorker(data, List.of())) {
            CliRunner.Result result = CliRunner.run(work, "run", "--year", "2023", "--no-send", "--distributed");

            assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
            assertSameOutputs(work);
            assertEachMemberCompletedOnce(cluster);
            // Spring Batch Integration's request handler is what listens on the worker's request channel.
            assertThat(workerLogs(data)).contains("as a subscriber to the 'workerRequests' channel")
                    .contains("Partition memberClosing:membre-cs-");
        }
    }

    @Test
    void aWorkerKilledMidPartitionHasItsRequestRedeliveredToAnotherWorker(TestCluster cluster, @TempDir Path work)
            throws Exception {
        Path data = cluster.prepare(work);
        try (ChildJvm doomed = cluster.readyWorker(data, List.of("-Dcloture.haltAt=member:*"))) {
            BackgroundManager manager = cluster.startManager(work);
            doomed.awaitLine("HALTED member:*", RUN);
            doomed.kill();
            try (ChildJvm rescuer = cluster.worker(data, List.of())) {
                CliRunner.Result result = manager.awaitEnd(RUN);
                assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
                assertSameOutputs(work);
                assertEachMemberCompletedOnce(cluster);
            }
        }
    }

    /**
     * The manager killed while its partitions wait or run, a worker with it: {@code cloture status} reads the
     * shared repository (the execution to recover, the members left), {@code cloture recover} marks the
     * execution, purges the stale requests and restarts it, and only the members that had not completed are
     * closed again.
     */
    @Test
    void aKilledManagerIsRecoveredAndOnlyTheMembersNotCompletedAreClosedAgain(TestCluster cluster,
                                                                              @TempDir Path work) throws Exception {
        Path data = cluster.prepare(work);
        try (ChildJvm manager = ChildJvm.cloture(List.of(), "run", "--year", "2023", "--no-send", "--distributed",
                "--input", work.resolve("input").toString(), "--reports", work.resolve("reports").toString(),
                "--data", data.toString());
             ChildJvm stuck = cluster.worker(data, List.of("-Dcloture.haltAt=member:cs-arras-ouest"))) {
            stuck.awaitLine("HALTED member:cs-arras-ouest", Duration.ofMinutes(4));
            manager.kill();
            stuck.kill();
        }
        long completedBefore = MEMBERS.stream().filter(member -> Files.exists(work.resolve("reports/2023")
                .resolve(member).resolve("chiffres-cles-2023.json"))).count();

        CliRunner.Result before = CliRunner.run("status", "--data", data.toString(), "--input",
                work.resolve("input").toString());
        assertThat(before.out()).as(before.out() + before.err()).contains("Dépôt partagé (mode distribué")
                .containsPattern("clôture\\s+2023\\s+en cours \\(ou à reprendre\\)")
                .containsPattern("[0-2]/3 clôturé\\(s\\), [1-3] restant\\(s\\) dont [1-3] en cours");

        try (ChildJvm rescuer = cluster.worker(data, List.of())) {
            CliRunner.Result recovered = CliRunner.run("recover", "--data", data.toString());

            assertThat(recovered.exitCode()).as(recovered.out() + recovered.err()).isZero();
            // How many members the killed run had finished depends on the machine's speed (on an idle machine the
            // workers may finish every member before the kill): at most the ones without outputs are closed again.
            assertThat(recovered.out()).contains("Exécutions interrompues : 1")
                    .containsPattern("COMPLETED, [0-" + (3 - completedBefore) + "] membre\\(s\\) clôturé\\(s\\) à nouveau");
            assertSameOutputs(work);
            assertEachMemberCompletedOnce(cluster);
        }
        CliRunner.Result after = CliRunner.run("status", "--data", data.toString(), "--input",
                work.resolve("input").toString());
        assertThat(after.exitCode()).as(after.out() + after.err()).isZero();
        assertThat(after.out()).containsPattern("clôture\\s+2023\\s+terminée")
                .containsPattern("clôture\\s+2023\\s+interrompue")
                .contains("3/3 clôturé(s), 0 restant(s)");
    }

    /** The broker stopped and started again while members are being closed: workers reconnect, the run ends. */
    @Test
    void theBrokerRestartedMidRunLeavesTheSameOutputs(TestCluster cluster, @TempDir Path work) throws Exception {
        Path data = cluster.prepare(work);
        try (ChildJvm one = cluster.readyWorker(data, List.of()); ChildJvm two = cluster.readyWorker(data, List.of())) {
            BackgroundManager manager = cluster.startManager(work);
            awaitFirstMemberOutputs(work);
            cluster.stopBroker();
            cluster.restartBroker();

            CliRunner.Result result = manager.awaitEnd(RUN);
            assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
            assertSameOutputs(work);
            assertEachMemberCompletedOnce(cluster);
        }
    }

    /**
     * Every connection of the workers and of the manager to PostgreSQL killed while both workers are closing a
     * member (as a database restart or a network cut would): the workers take new connections; a partition whose
     * outcome could not be recorded has its request redelivered; what the manager could not follow is left
     * FAILED or UNKNOWN and {@code cloture recover} finishes it. Every member is closed exactly once.
     */
    @Test
    void databaseConnectionsKilledWhileMembersAreClosedStillGiveEveryMemberOnce(TestCluster cluster,
                                                                               @TempDir Path work) throws Exception {
        Path data = cluster.prepare(work);
        List<String> holdOnce = List.of("-Dcloture.holdAt=member:*");
        try (ChildJvm one = cluster.readyWorker(data, holdOnce); ChildJvm two = cluster.readyWorker(data, holdOnce)) {
            BackgroundManager manager = cluster.startManager(work);
            one.awaitLine("HELD member:*", RUN);
            two.awaitLine("HELD member:*", RUN);

            // The manager's polling connection and both workers' pools (the worker's steps are STARTED).
            assertThat(cluster.killDatabaseConnections()).as("sessions killed").isGreaterThanOrEqualTo(3);

            CliRunner.Result result = manager.awaitEnd(RUN);
            if (result.exitCode() != 0) {
                CliRunner.Result recovered = CliRunner.run("recover", "--data", data.toString());
                assertThat(recovered.exitCode()).as(result.out() + result.err() + recovered.out() + recovered.err())
                        .isZero();
            }
            assertSameOutputs(work);
            assertEachMemberCompletedOnce(cluster);
        }
    }

    private static String workerLogs(Path data) throws java.io.IOException {
        StringBuilder logs = new StringBuilder();
        try (var files = Files.list(data)) {
            for (Path log : files.filter(file -> file.getFileName().toString().startsWith("travailleur-")).toList()) {
                logs.append(Files.readString(log));
            }
        }
        return logs.toString();
    }

    private static void awaitFirstMemberOutputs(Path work) throws InterruptedException {
        long deadline = System.nanoTime() + RUN.toNanos();
        while (MEMBERS.stream().noneMatch(member -> Files.exists(work.resolve("reports/2023").resolve(member)))
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    /** In the repository: one completed partition per member, over the first run and any recovery. */
    private static void assertEachMemberCompletedOnce(TestCluster cluster) throws Exception {
        Map<String, Integer> completed = cluster.query("SELECT step_name, COUNT(*) FROM batch_step_execution "
                + "WHERE step_name LIKE 'memberClosing:%' AND status = 'COMPLETED' GROUP BY step_name", rows -> {
                    Map<String, Integer> counts = new TreeMap<>();
                    try {
                        while (rows.next()) {
                            counts.put(rows.getString(1), rows.getInt(2));
                        }
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                    return counts;
                });
        assertThat(completed).hasSize(MEMBERS.size()).allSatisfy((step, count) -> assertThat(count).as(step).isOne());
    }

    /** Each member's four outputs and the network's, byte for byte those of one JVM; no stray file. */
    private static void assertSameOutputs(Path work) {
        Map<String, byte[]> outputs = FederationFunctionalTests.contents(work.resolve("reports"));
        assertThat(outputs.keySet()).isEqualTo(reference.keySet());
        reference.forEach((path, bytes) -> {
            if (path.endsWith(".json")) {
                // Text first, so that a difference reads as text.
                assertThat(new String(outputs.get(path), StandardCharsets.UTF_8)).as(path)
                        .isEqualTo(new String(bytes, StandardCharsets.UTF_8));
            }
            assertThat(outputs.get(path)).as(path).isEqualTo(bytes);
        });
    }
}
