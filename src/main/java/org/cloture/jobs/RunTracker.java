package org.cloture.jobs;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.cloture.ingest.DropFolderIngest;

/**
 * The progress of the job in progress (fed by {@link #listener()}), kept for the web page of {@code cloture serve} (the console's
 * {@code ConsoleProgress} prints the same events). Jobs run one at a time, so one current stage suffices.
 */
public final class RunTracker {

    /** Where the job in progress stands. */
    public record Stage(String job, String stage, int number, int count, String file, long rows, Instant since) {
    }

    private final AtomicReference<Stage> current = new AtomicReference<>();

    public void stageStarted(String job, String stage, int number, int count) {
        current.set(new Stage(job, stage, number, count, null, 0, Instant.now()));
    }

    public void stageFinished(String job, String stage, long millis) {
        // The last stage ends the job: nothing is in progress until the next one starts.
        Stage now = current.get();
        if (now != null && now.number() == now.count()) {
            current.set(null);
        }
    }

    public void fileStarted(int year, String path, long sizeBytes) {
        current.updateAndGet(now -> now == null ? null
                : new Stage(now.job(), now.stage(), now.number(), now.count(), path, 0, now.since()));
    }

    public void rowsStored(int year, String path, long rows) {
        current.updateAndGet(now -> now == null ? null
                : new Stage(now.job(), now.stage(), now.number(), now.count(), path, rows, now.since()));
    }

    public void fileFinished(int year, String path, DropFolderIngest.Outcome outcome, int rowsRead) {
        current.updateAndGet(now -> now == null ? null
                : new Stage(now.job(), now.stage(), now.number(), now.count(), null, 0, now.since()));
    }

    /** The listener to register as the application's {@link RunProgress}: it keeps this tracker up to date. */
    public RunProgress listener() {
        RunTracker tracker = this;
        return new RunProgress() {
            @Override
            public void stageStarted(String job, String stage, int number, int count) {
                tracker.stageStarted(job, stage, number, count);
            }

            @Override
            public void stageFinished(String job, String stage, long millis) {
                tracker.stageFinished(job, stage, millis);
            }

            @Override
            public void fileStarted(int year, String path, long sizeBytes) {
                tracker.fileStarted(year, path, sizeBytes);
            }

            @Override
            public void rowsStored(int year, String path, long rows) {
                tracker.rowsStored(year, path, rows);
            }

            @Override
            public void fileFinished(int year, String path, DropFolderIngest.Outcome outcome, int rowsRead) {
                tracker.fileFinished(year, path, outcome, rowsRead);
            }
        };
    }

    /** The stage of the job in progress, if one runs. */
    public Optional<Stage> current() {
        return Optional.ofNullable(current.get());
    }

    /** Forgets the stage once the job has ended (also when it failed before its last stage). */
    public void jobEnded() {
        current.set(null);
    }
}
