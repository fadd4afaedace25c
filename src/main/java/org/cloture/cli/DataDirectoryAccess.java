package org.cloture.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.cloture.jobs.DataDirectoryLock;
import org.cloture.store.DatabaseHealth;
import org.cloture.store.VerifiedDatabase;

/**
 * What every command that opens the database does first, before Spring starts: take the data directory
 * lock (a second instance says who runs and exits 1, having touched nothing), then check the database (a
 * damaged one is a message that points to {@code cloture rebuild}, exit 1). The check is skipped when the
 * database is exactly as a checked command closed it ({@link VerifiedDatabase}).
 */
final class DataDirectoryAccess {

    /** The command's work, done while the lock is held. */
    @FunctionalInterface
    interface Work {
        int run() throws Exception;
    }

    private DataDirectoryAccess() {
    }

    /** Locks {@code data}, checks its database, then does {@code work}; returns its exit code. */
    static int withHealthyDatabase(Path data, String command, PrintWriter err, Work work) throws Exception {
        return locked(data, command, err, () -> {
            // A database left exactly as the last clean close left it needs no second look.
            if (!VerifiedDatabase.unchanged(data)) {
                DatabaseHealth.Verdict verdict = DatabaseHealth.check(data);
                if (!verdict.healthy()) {
                    err.println(verdict.frenchMessage());
                    return ClotureCli.FAILURE;
                }
            }
            int code = work.run();
            // The work closed the application, hence the database: its files are now as the next command finds them.
            VerifiedDatabase.record(data);
            return code;
        });
    }

    /** Locks {@code data} for {@code command} and does {@code work}; 1 if another instance holds the lock. */
    static int locked(Path data, String command, PrintWriter err, Work work) throws Exception {
        try (DataDirectoryLock lock = DataDirectoryLock.acquire(data, command)) {
            return work.run();
        } catch (DataDirectoryLock.InUseException busy) {
            err.println(busy.getMessage());
            return ClotureCli.FAILURE;
        }
    }
}
