package org.cloture.cluster;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * {@code cloture cluster up DIR / down DIR}: a PostgreSQL cluster and an Artemis broker on loopback, for
 * development, tests and small installations. PostgreSQL comes from Debian's {@code postgresql} package
 * ({@code /usr/lib/postgresql/<version>/bin}), run unprivileged: as the current user, or — PostgreSQL refuses
 * to run as root — as the {@code postgres} user with its data in a temporary folder that user owns. The
 * broker is {@link BrokerMain} in a JVM of its own. What was started is written in {@code DIR/cluster.properties}
 * (with the two settings) so that {@code down} stops exactly that.
 */
public final class DevelopmentCluster {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private DevelopmentCluster() {
    }

    /** The settings of a started cluster, and the export lines for {@code eval}. */
    public record Started(ClusterSettings settings) {

        public String exportLines() {
            return "export " + ClusterSettings.DATABASE_VARIABLE + "='" + settings.databaseUrl() + "'\n"
                    + "export " + ClusterSettings.BROKER_VARIABLE + "='" + settings.brokerUrl() + "'\n";
        }
    }

    /** Starts both; a cluster already up in DIR is left as it is and its settings returned. */
    public static Started up(Path dir, List<String> brokerJavaCommand) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Properties state = load(dir);
        if (state.containsKey("pgdata") && isUp(state)) {
            return new Started(settings(state));
        }
        int pgPort = freePort();
        int brokerPort = freePort();
        Path pgData = startPostgres(dir, pgPort);
        long brokerPid = startBroker(dir, brokerPort, brokerJavaCommand);
        state.setProperty("pgdata", pgData.toString());
        state.setProperty("pgport", Integer.toString(pgPort));
        state.setProperty("brokerport", Integer.toString(brokerPort));
        state.setProperty("brokerpid", Long.toString(brokerPid));
        state.setProperty(ClusterSettings.DATABASE_VARIABLE,
                "jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres?user=cloture");
        state.setProperty(ClusterSettings.BROKER_VARIABLE, "tcp://127.0.0.1:" + brokerPort);
        try (var writer = Files.newBufferedWriter(dir.resolve(ClusterSettings.FILE_NAME))) {
            state.store(writer, "cloture cluster up");
        }
        return new Started(settings(state));
    }

    /** Stops both (a fast shutdown for PostgreSQL, SIGTERM for the broker); nothing to do when not up. */
    public static void down(Path dir) throws IOException, InterruptedException {
        Properties state = load(dir);
        if (state.containsKey("brokerpid")) {
            stopBroker(Long.parseLong(state.getProperty("brokerpid")));
        }
        if (state.containsKey("pgdata")) {
            Path pgData = Path.of(state.getProperty("pgdata"));
            if (Files.exists(pgData.resolve("postmaster.pid"))) {
                run(asPostgres(List.of(binary("pg_ctl").toString(), "stop", "-D", pgData.toString(), "-m", "fast",
                        "-w")), dir.resolve("postgres-stop.log"));
            }
            if (!pgData.startsWith(dir.toAbsolutePath())) {
                // The temporary folder made for the postgres user: a development cluster keeps nothing.
                deleteTree(pgData.getParent());
            }
        }
    }

    /** Stops the broker only (its journal stays): the fault tests restart it with {@link #restartBroker}. */
    public static void stopBroker(Path dir) throws IOException, InterruptedException {
        stopBroker(Long.parseLong(load(dir).getProperty("brokerpid")));
    }

    public static void restartBroker(Path dir, List<String> brokerJavaCommand) throws IOException, InterruptedException {
        Properties state = load(dir);
        long pid = startBroker(dir, Integer.parseInt(state.getProperty("brokerport")), brokerJavaCommand);
        state.setProperty("brokerpid", Long.toString(pid));
        try (var writer = Files.newBufferedWriter(dir.resolve(ClusterSettings.FILE_NAME))) {
            state.store(writer, "cloture cluster up");
        }
    }

    private static void stopBroker(long pid) throws InterruptedException {
        Optional<ProcessHandle> broker = ProcessHandle.of(pid);
        if (broker.isPresent()) {
            broker.get().destroy();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (broker.get().isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            broker.get().destroyForcibly();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static boolean isUp(Properties state) {
        return Files.exists(Path.of(state.getProperty("pgdata")).resolve("postmaster.pid"))
                && ProcessHandle.of(Long.parseLong(state.getProperty("brokerpid", "-1"))).map(ProcessHandle::isAlive)
                .orElse(false);
    }

    private static Path startPostgres(Path dir, int port) throws IOException, InterruptedException {
        Path pgData;
        if (runningAsRoot()) {
            // The postgres user must reach its data folder: a private temporary folder it owns.
            Path parent = Files.createTempDirectory("cloture-pg-");
            pgData = parent.resolve("data");
            Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwx--x--x"));
            run(List.of("chown", "postgres", parent.toString()), dir.resolve("postgres-init.log"));
        } else {
            pgData = dir.toAbsolutePath().resolve("postgres");
        }
        run(asPostgres(List.of(binary("initdb").toString(), "-D", pgData.toString(), "-U", "cloture",
                "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8")), dir.resolve("postgres-init.log"));
        run(asPostgres(List.of(binary("pg_ctl").toString(), "start", "-D", pgData.toString(), "-w", "-t", "60",
                "-l", pgData.resolve("postgres.log").toString(), "-o",
                "-p " + port + " -k " + pgData + " -c listen_addresses=127.0.0.1 -c max_connections=100 "
                        + "-c fsync=on")), dir.resolve("postgres-start.log"));
        return pgData;
    }

    private static long startBroker(Path dir, int port, List<String> javaCommand) throws IOException,
            InterruptedException {
        List<String> command = new ArrayList<>(javaCommand);
        command.addAll(List.of(dir.toAbsolutePath().resolve("artemis").toString(), Integer.toString(port)));
        Process broker = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("artemis.log").toFile()).start();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!broker.isAlive()) {
                throw new IOException("Le broker s'est arrêté au démarrage : voir " + dir.resolve("artemis.log"));
            }
            try (Socket socket = new Socket("127.0.0.1", port)) {
                return broker.pid();
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        broker.destroyForcibly();
        throw new IOException("Le broker n'a pas démarré en " + START_TIMEOUT.toSeconds() + " s");
    }

    /** Debian installs each major version under /usr/lib/postgresql/<version>/bin; the newest wins. */
    static Path binary(String name) throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(root)) {
            try (Stream<Path> versions = Files.list(root)) {
                Optional<Path> found = versions.map(version -> version.resolve("bin").resolve(name))
                        .filter(Files::isExecutable)
                        .max(Comparator.comparing(path -> versionOf(path.getParent().getParent())));
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
        throw new IOException("PostgreSQL introuvable (" + name + ") : installez le paquet Debian « postgresql »");
    }

    private static int versionOf(Path folder) {
        try {
            return Integer.parseInt(folder.getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static List<String> asPostgres(List<String> command) {
        if (!runningAsRoot()) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    private static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (process.waitFor() != 0) {
            throw new IOException("Échec de « " + String.join(" ", command) + " » : voir " + log);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static ClusterSettings settings(Properties state) {
        return new ClusterSettings(state.getProperty(ClusterSettings.DATABASE_VARIABLE),
                state.getProperty(ClusterSettings.BROKER_VARIABLE));
    }

    private static Properties load(Path dir) throws IOException {
        Properties state = new Properties();
        Path file = dir.resolve(ClusterSettings.FILE_NAME);
        if (Files.isRegularFile(file)) {
            try (var reader = Files.newBufferedReader(file)) {
                state.load(reader);
            }
        }
        return state;
    }

    /** Java and classpath to start {@link BrokerMain} with: the same as this JVM (jar or classes). */
    public static List<String> brokerJavaCommand() {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        if (classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)) {
            // The Spring Boot executable jar: its launcher finds the nested jars, loader.main names the class.
            return List.of(java, "-Xmx256m", "-Dloader.main=" + BrokerMain.class.getName(), "-cp", classPath,
                    "org.springframework.boot.loader.launch.PropertiesLauncher");
        }
        return List.of(java, "-Xmx256m", "-cp", classPath, BrokerMain.class.getName());
    }
}
