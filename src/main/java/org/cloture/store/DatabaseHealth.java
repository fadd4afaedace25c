package org.cloture.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.ValidateResult;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Looks at the embedded database of a data directory before the application uses it: it opens (HSQLDB
 * replays what a killed process left in its log), its tables read back, and its schema is one this version
 * of Clôture knows. A problem becomes a French message that tells the user to rebuild the database from
 * {@code input/}, instead of a stack trace halfway through a run.
 *
 * <p>Called with the data directory lock held: nothing else has the database open.
 */
public final class DatabaseHealth {

    /**
     * HSQLDB polls a lock file left by another process 10 times, 1.01 s apart, and takes it over once its heartbeat
     * (written every 10 s) is 10.1 s old: a process killed within a second after a heartbeat would still "hold" the
     * database when the polling ends. Polling 10 × 1.2 s outlasts the last heartbeat of any process that is gone,
     * while a program that really has the database open still refuses it. Read by HSQLDB at each attempt.
     */
    static final String LOCK_POLL_INTERVAL = "hsqldb.lockfile.poll.interval";

    static {
        if (System.getProperty(LOCK_POLL_INTERVAL) == null) {
            System.setProperty(LOCK_POLL_INTERVAL, "1200");
        }
    }

    /** The folder of the database files inside the data directory (HSQLDB owns everything in it). */
    public static final String FOLDER = "hsqldb";
    /** HSQLDB's file name prefix: {@code cloture.script}, {@code cloture.data}, {@code cloture.properties}. */
    public static final String NAME = "cloture";

    /** Tables whose first rows are read to find a damaged data file early. */
    private static final List<String> PROBED_TABLES = List.of("source_file", "fec_line", "fec_account_total",
            "member", "activity", "volunteer_hours", "file_finding", "BATCH_JOB_EXECUTION", "BATCH_STEP_EXECUTION");

    /** What is wrong with a database. */
    public enum Problem {
        /** Its files cannot be read back: truncated, overwritten, written by an incompatible HSQLDB. */
        DAMAGED,
        /** Its schema comes from a newer Clôture (migrations this version does not know). */
        NEWER_SCHEMA,
        /** Its schema history does not match this version's migrations (changed, missing or failed). */
        SCHEMA_MISMATCH,
        /** Another program has it open (HSQLDB's own lock, {@code cloture.lck}). */
        LOCKED
    }

    /** The verdict: empty when the database can be used. */
    public record Verdict(Optional<Problem> problem, String detail, Path folder) {

        static Verdict healthy(Path folder) {
            return new Verdict(Optional.empty(), "", folder);
        }

        static Verdict of(Problem problem, String detail, Path folder) {
            return new Verdict(Optional.of(problem), detail, folder);
        }

        public boolean healthy() {
            return problem.isEmpty();
        }

        /** For the user, in French: what is wrong and what to do (rebuild from input/). */
        public String frenchMessage() {
            String where = folder.toAbsolutePath().normalize().toString();
            String what = switch (problem.orElseThrow()) {
                case DAMAGED -> "La base de données de Clôture (" + where + ") est endommagée ou illisible";
                case NEWER_SCHEMA -> "La base de données de Clôture (" + where + ") a été écrite par une version "
                        + "plus récente de Clôture";
                case SCHEMA_MISMATCH -> "La base de données de Clôture (" + where + ") ne correspond pas à cette "
                        + "version de Clôture";
                case LOCKED -> "La base de données de Clôture (" + where + ") est ouverte par un autre programme "
                        + "(verrou " + NAME + ".lck)";
            };
            String remedy = problem.get() == Problem.LOCKED
                    ? "Fermez ce programme ; si aucun ne l'utilise, reconstruisez la base depuis les fichiers "
                    + "déposés : cloture rebuild"
                    : "Reconstruisez-la depuis les fichiers déposés : cloture rebuild (l'ancienne base est gardée "
                    + "à côté, rien n'est effacé)";
            return what + (detail.isBlank() ? "" : " (" + detail + ")") + ".\n" + remedy + ".";
        }
    }

    private DatabaseHealth() {
    }

    public static Path folder(Path dataDirectory) {
        return dataDirectory.resolve(FOLDER);
    }

    /** Whether the data directory holds a database at all (a new one is simply created). */
    public static boolean exists(Path dataDirectory) {
        Path folder = folder(dataDirectory);
        return Files.exists(folder.resolve(NAME + ".properties")) || Files.exists(folder.resolve(NAME + ".script"));
    }

    /** The JDBC URL of an existing database: never creates one, shuts it down with its last connection. */
    public static String url(Path dataDirectory) {
        return "jdbc:hsqldb:file:" + folder(dataDirectory).toAbsolutePath().normalize() + "/" + NAME
                + ";ifexists=true;shutdown=true";
    }

    /**
     * Opens the database of {@code dataDirectory} alone and checks it; a missing database is healthy. On the
     * way, makes every commit durable (no write delay), so a killed process loses no committed work.
     */
    public static Verdict check(Path dataDirectory) {
        Path folder = folder(dataDirectory);
        if (!exists(dataDirectory)) {
            return Verdict.healthy(folder);
        }
        SingleConnectionDataSource dataSource;
        try {
            dataSource = new SingleConnectionDataSource(url(dataDirectory), "SA", "", true);
            dataSource.setDriverClassName(org.hsqldb.jdbc.JDBCDriver.class.getName());
            Connection connection = dataSource.getConnection();
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET FILES WRITE DELAY FALSE");
            }
        } catch (SQLException | RuntimeException e) {
            return Verdict.of(lockFailure(e) ? Problem.LOCKED : Problem.DAMAGED, rootMessage(e), folder);
        }
        try {
            Optional<String> unreadable = probeTables(dataSource.getConnection());
            if (unreadable.isPresent()) {
                return Verdict.of(Problem.DAMAGED, unreadable.get(), folder);
            }
            return schema(dataSource, folder);
        } catch (SQLException | RuntimeException e) {
            return Verdict.of(Problem.DAMAGED, rootMessage(e), folder);
        } finally {
            dataSource.destroy();
        }
    }

    /**
     * Reads a few rows of each table that exists: HSQLDB reads cached rows from the data file lazily, so a
     * damaged data file shows only when rows are read.
     */
    private static Optional<String> probeTables(Connection connection) {
        for (String table : PROBED_TABLES) {
            try (Statement statement = connection.createStatement()) {
                if (!tableExists(connection, table)) {
                    continue;
                }
                statement.setMaxRows(1000);
                try (var rows = statement.executeQuery("SELECT * FROM " + table)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int column = 1; column <= columns; column++) {
                            rows.getObject(column);
                        }
                    }
                }
                try (var last = statement.executeQuery("SELECT MAX(" + idColumn(table) + ") FROM " + table)) {
                    last.next();
                }
            } catch (SQLException | RuntimeException e) {
                return Optional.of("table " + table + " : " + rootMessage(e));
            }
        }
        return Optional.empty();
    }

    private static String idColumn(String table) {
        return table.startsWith("BATCH_") ? table.replace("BATCH_", "") + "_ID" : "id";
    }

    private static boolean tableExists(Connection connection, String table) throws SQLException {
        try (var tables = connection.getMetaData().getTables(null, "PUBLIC", table.toUpperCase(java.util.Locale.ROOT),
                null)) {
            return tables.next();
        }
    }

    /** Flyway's view of the schema history against the migrations this version ships. */
    private static Verdict schema(javax.sql.DataSource dataSource, Path folder) {
        Flyway flyway = Flyway.configure().dataSource(dataSource).ignoreMigrationPatterns("*:pending").load();
        MigrationInfo[] applied;
        try {
            applied = flyway.info().applied();
        } catch (FlywayException e) {
            return Verdict.of(Problem.SCHEMA_MISMATCH, rootMessage(e), folder);
        }
        Optional<MigrationInfo> future = Arrays.stream(applied)
                .filter(info -> info.getState() == MigrationState.FUTURE_SUCCESS
                        || info.getState() == MigrationState.FUTURE_FAILED).findFirst();
        if (future.isPresent()) {
            return Verdict.of(Problem.NEWER_SCHEMA, "migration " + future.get().getVersion() + " « "
                    + future.get().getDescription() + " » inconnue de cette version", folder);
        }
        ValidateResult validation = flyway.validateWithResult();
        if (!validation.validationSuccessful) {
            String detail = validation.invalidMigrations.stream()
                    .map(invalid -> "migration " + invalid.version + " : " + invalid.errorDetails.errorMessage)
                    .findFirst().orElse(validation.getAllErrorMessages());
            return Verdict.of(Problem.SCHEMA_MISMATCH, detail, folder);
        }
        return Verdict.healthy(folder);
    }

    private static boolean lockFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (message.contains("lock acquisition failure") || message.contains("lockfile")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
        return message.lines().findFirst().orElse(message).strip();
    }
}
