package org.cloture.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A note, beside the database folder, of the state in which a command left a database it had checked,
 * migrated and closed cleanly: this version's migrations, and the name, size and date of each database file.
 * While the files and the migrations are exactly that, the next command skips the health check and
 * Flyway (opening the database twice, reading every table, validating the schema history: most of the
 * fixed cost of a command). Any change — a killed process (HSQLDB's {@code .log} left behind), another
 * program, a rebuild, a new version of Clôture — means the full check again.
 *
 * <p>The note is taken away before the database is opened, and written again only once it is closed.
 */
public final class VerifiedDatabase {

    /** The note, in the data directory (the database folder itself belongs to HSQLDB). */
    static final String NOTE = "hsqldb.verified";

    private VerifiedDatabase() {
    }

    /** Whether the database of {@code dataDirectory} is exactly as the last clean close left it. */
    public static boolean unchanged(Path dataDirectory) {
        try {
            // Read now, while the JVM runs normally: record() may be called as it shuts down (serve on SIGTERM).
            schemaFingerprint();
            Path note = dataDirectory.resolve(NOTE);
            if (!Files.isRegularFile(note) || !DatabaseHealth.exists(dataDirectory)) {
                return false;
            }
            return Files.readString(note, StandardCharsets.UTF_8).equals(state(dataDirectory));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Takes the note away: done before the database is opened, which changes its files. */
    public static void forget(Path dataDirectory) {
        try {
            Files.deleteIfExists(dataDirectory.resolve(NOTE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the note; called once the database has been checked, migrated and closed. */
    public static void record(Path dataDirectory) {
        if (!DatabaseHealth.exists(dataDirectory)) {
            return;
        }
        try {
            Files.writeString(dataDirectory.resolve(NOTE), state(dataDirectory), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            // Without the note the next command simply checks the database again (e.g. the JVM is shutting down).
            try {
                Files.deleteIfExists(dataDirectory.resolve(NOTE));
            } catch (IOException | RuntimeException ignored) {
                // Then the note is stale: its file sizes and dates will not match, and the check runs.
            }
        }
    }

    /** The migrations' fingerprint, then one line per database file. */
    static String state(Path dataDirectory) throws IOException {
        StringBuilder state = new StringBuilder("schema ").append(schemaFingerprint()).append('\n');
        try (Stream<Path> files = Files.list(DatabaseHealth.folder(dataDirectory))) {
            // HSQLDB's lock file counts too: it is there only while some program has the database open.
            for (Path file : files.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList()) {
                state.append(file.getFileName()).append(' ').append(Files.size(file)).append(' ')
                        .append(Files.getLastModifiedTime(file).toMillis()).append('\n');
            }
        }
        return state.toString();
    }

    private static String schemaFingerprint;

    /**
     * The SHA-256 of this version's migration scripts (names and contents) and of the versions of the
     * libraries that own the rest of the schema (Spring Batch's tables, HSQLDB's files, Flyway's history).
     */
    static synchronized String schemaFingerprint() throws IOException {
        if (schemaFingerprint != null) {
            return schemaFingerprint;
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            Resource[] scripts = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*.sql");
            List<Resource> sorted = Arrays.stream(scripts)
                    .sorted(Comparator.comparing(resource -> String.valueOf(resource.getFilename()))).toList();
            for (Resource script : sorted) {
                digest.update(String.valueOf(script.getFilename()).getBytes(StandardCharsets.UTF_8));
                try (InputStream content = script.getInputStream()) {
                    digest.update(content.readAllBytes());
                }
            }
            for (Class<?> library : List.of(org.springframework.batch.core.job.Job.class, org.hsqldb.jdbc.JDBCDriver.class,
                    org.flywaydb.core.Flyway.class)) {
                digest.update(String.valueOf(library.getPackage().getImplementationVersion())
                        .getBytes(StandardCharsets.UTF_8));
            }
            schemaFingerprint = HexFormat.of().formatHex(digest.digest());
            return schemaFingerprint;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
