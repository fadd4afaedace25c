package org.cloture.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.cloture.cluster.BrokerMain;
import org.cloture.cluster.ClusterSettings;
import org.cloture.cluster.DevelopmentCluster;
import org.cloture.federation.FederationFixture;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * The distributed tests' cluster, set up once per test class: {@code cloture cluster up} in a temporary
 * folder (PostgreSQL of the Debian package, an Artemis broker in its own JVM), stopped after the class.
 * Each test gets a {@link TestCluster} with a job repository of its own (a fresh PostgreSQL database with
 * Spring Batch's schema) and an empty queue, so that no test sees what another left behind — a request
 * for a step execution id that a fresh database would give again, executions to recover. Skips the class
 * where PostgreSQL is not installed (.ci/run installs it).
 */
final class DevelopmentClusterExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private Path folder;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/usr/lib/postgresql")), "PostgreSQL absent");
        folder = Files.createTempDirectory("cloture-cluster-test-");
        DevelopmentCluster.up(folder, DevelopmentCluster.brokerJavaCommand());
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (folder != null && Files.exists(folder.resolve(ClusterSettings.FILE_NAME))) {
            DevelopmentCluster.down(folder);
        }
        if (folder != null) {
            org.springframework.util.FileSystemUtils.deleteRecursively(folder);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestCluster.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        try {
            return new TestCluster(folder, freshDatabase(), settings().brokerUrl());
        } catch (Exception e) {
            throw new IllegalStateException("Cluster de test indisponible", e);
        }
    }

    private ClusterSettings settings() {
        return ClusterSettings.resolve(Map.of(), folder).orElseThrow();
    }

    /** A new database with Spring Batch's tables, and the queue emptied of any earlier test's requests. */
    private String freshDatabase() throws SQLException {
        String admin = settings().databaseUrl();
        String name = "essai_" + DATABASES.incrementAndGet() + "_" + ProcessHandle.current().pid();
        try (Connection connection = DriverManager.getConnection(admin);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        String url = admin.replace("/postgres?", "/" + name + "?");
        try (Connection connection = DriverManager.getConnection(url)) {
            ScriptUtils.executeSqlScript(connection,
                    new ClassPathResource("org/springframework/batch/core/schema-postgresql.sql"));
        }
        purgeQueue(settings().brokerUrl());
        return url;
    }

    private static void purgeQueue(String brokerUrl) {
        try (var factory = new org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory(brokerUrl);
             var context = factory.createContext();
             var consumer = context.createConsumer(context.createQueue(BrokerMain.QUEUE))) {
            while (consumer.receive(200) != null) {
                // Left by a test that killed its manager or workers.
            }
        }
    }

    /** One test's view of the cluster: its own database, the shared broker. */
    static final class TestCluster {

        private static final Duration WORKER_START = Duration.ofSeconds(120);

        private final Path folder;
        private final String databaseUrl;
        private final String brokerUrl;

        private TestCluster(Path folder, String databaseUrl, String brokerUrl) {
            this.folder = folder;
            this.databaseUrl = databaseUrl;
            this.brokerUrl = brokerUrl;
        }

        String databaseUrl() {
            return databaseUrl;
        }

        /** The federation in {@code work/input}, and this test's cluster settings in the data folder {@code work/data}. */
        Path prepare(Path work) throws IOException {
            FederationFixture.write(work);
            Path data = Files.createDirectories(work.resolve("data"));
            Properties settings = new Properties();
            settings.setProperty(ClusterSettings.DATABASE_VARIABLE, databaseUrl);
            settings.setProperty(ClusterSettings.BROKER_VARIABLE, brokerUrl);
            try (var writer = Files.newBufferedWriter(data.resolve(ClusterSettings.FILE_NAME))) {
                settings.store(writer, "test cluster");
            }
            return data;
        }

        /** A worker in a child JVM, not yet ready. */
        ChildJvm worker(Path data, List<String> jvmOptions) {
            List<String> options = new ArrayList<>(jvmOptions);
            options.add("-Xmx384m");
            return ChildJvm.start(options, "org.cloture.ClotureApplication", "worker", "--data", data.toString());
        }

        /** A worker in a child JVM, once it says it is ready. */
        ChildJvm readyWorker(Path data, List<String> jvmOptions) throws InterruptedException {
            ChildJvm worker = worker(data, jvmOptions);
            worker.awaitLine("Travailleur prêt (1 à la fois, pid " + worker.pid() + ")", WORKER_START);
            return worker;
        }

        /** {@code cloture run --distributed} in a thread of this JVM, as a manager. */
        BackgroundManager startManager(Path work) {
            return new BackgroundManager(work);
        }

        void stopBroker() throws IOException, InterruptedException {
            DevelopmentCluster.stopBroker(folder);
        }

        void restartBroker() throws IOException, InterruptedException {
            DevelopmentCluster.restartBroker(folder, DevelopmentCluster.brokerJavaCommand());
        }

        /** Ends every session of this test's database but the one asking (as a restart or a network cut would). */
        int killDatabaseConnections() throws SQLException {
            try (Connection connection = DriverManager.getConnection(databaseUrl);
                 Statement statement = connection.createStatement();
                 var killed = statement.executeQuery("SELECT COUNT(*) FILTER (WHERE pg_terminate_backend(pid)) "
                         + "FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
                killed.next();
                return killed.getInt(1);
            }
        }

        /** Runs a query on this test's job repository. */
        <T> T query(String sql, java.util.function.Function<java.sql.ResultSet, T> reader) throws SQLException {
            try (Connection connection = DriverManager.getConnection(databaseUrl);
                 Statement statement = connection.createStatement();
                 var rows = statement.executeQuery(sql)) {
                return reader.apply(rows);
            }
        }
    }

    /** A manager run in the background; {@link #awaitEnd} returns its result. */
    static final class BackgroundManager {

        private final List<CliRunner.Result> result = new ArrayList<>();
        private final Thread thread;

        private BackgroundManager(Path work) {
            thread = new Thread(() -> result.add(CliRunner.run(work, "run", "--year", "2023", "--no-send",
                    "--distributed")), "gestionnaire");
            thread.start();
        }

        CliRunner.Result awaitEnd(Duration timeout) throws InterruptedException {
            thread.join(timeout.toMillis());
            if (result.isEmpty()) {
                throw new AssertionError("The manager did not end in " + timeout);
            }
            return result.get(0);
        }
    }
}
