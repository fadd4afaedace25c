package org.cloture.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.hsqldb.jdbc.JDBCDriver;

/**
 * Opens the staging database on another core while Spring starts on this one: HSQLDB reads its files once per
 * process, and the application's pool then joins the open database (HSQLDB makes a second opener wait for the
 * first). Only for a database known sound ({@link VerifiedDatabase}): a new or doubtful one is opened by the
 * checks, in order. Closing lets the database go: the pool holds its own connections by then, and if the start
 * failed, the last connection's close shuts the database down as usual.
 */
public final class DatabaseOpenedAhead implements AutoCloseable {

    private final CompletableFuture<Connection> connection;

    private DatabaseOpenedAhead(CompletableFuture<Connection> connection) {
        this.connection = connection;
    }

    public static DatabaseOpenedAhead start(Path dataDirectory) {
        return new DatabaseOpenedAhead(CompletableFuture.supplyAsync(() -> open(dataDirectory), task -> {
            Thread thread = new Thread(task, "ouverture-base");
            thread.setDaemon(true);
            thread.start();
        }));
    }

    private static Connection open(Path dataDirectory) {
        try {
            Properties credentials = new Properties();
            credentials.setProperty("user", "SA");
            credentials.setProperty("password", "");
            return JDBCDriver.getConnection(DatabaseHealth.url(dataDirectory), credentials);
        } catch (SQLException e) {
            // The application's own opening meets the same problem and reports it.
            return null;
        }
    }

    @Override
    public void close() {
        try {
            Connection opened = connection.get();
            if (opened != null) {
                opened.close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | SQLException e) {
            // Nothing held: nothing to let go.
        }
    }
}
