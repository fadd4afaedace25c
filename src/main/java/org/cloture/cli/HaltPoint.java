package org.cloture.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.cloture.ingest.DropFolderIngest;
import org.cloture.jobs.RunProgress;

/**
 * A testing hook, inert unless the system property {@value #PROPERTY} is set: the JVM stops for good at
 * the named point of a run, after printing {@code HALTED <point>} on the standard output, so that a test
 * can kill it there (kill -9) and check what the next run recovers. Points: {@code stage:<step>} as a
 * step starts (e.g. {@code stage:statements}), {@code member:<id>} as a federation member's partition starts
 * ({@code member:*}: any member), and {@code stored:<year>/<file>} once rows of a loading file
 * are written to the database but before the file replaces its previous version. The system property
 * {@value #HOLD_PROPERTY} names a point where the JVM instead pauses once, for {@value #HOLD_SECONDS} s, after
 * printing {@code HELD <point>}: the run goes on afterwards, so that a test can break something around it
 * (the database connections of a worker that is closing a member) and check that the run still ends well.
 */
final class HaltPoint implements RunProgress {

    static final String PROPERTY = "cloture.haltAt";
    static final String HOLD_PROPERTY = "cloture.holdAt";
    static final int HOLD_SECONDS = 8;

    private final RunProgress delegate;
    private final String point;
    private final boolean hold;
    private final AtomicBoolean held = new AtomicBoolean();

    private HaltPoint(RunProgress delegate, String point, boolean hold) {
        this.delegate = delegate;
        this.point = point;
        this.hold = hold;
    }

    /** {@code progress} itself, or wrapped to halt (or hold) at the point the system properties name. */
    static RunProgress around(RunProgress progress) {
        String point = System.getProperty(PROPERTY);
        if (point != null && !point.isBlank()) {
            return new HaltPoint(progress, point.strip(), false);
        }
        String holdAt = System.getProperty(HOLD_PROPERTY);
        return holdAt == null || holdAt.isBlank() ? progress : new HaltPoint(progress, holdAt.strip(), true);
    }

    @Override
    public void stageStarted(String job, String stage, int number, int count) {
        delegate.stageStarted(job, stage, number, count);
        reached("stage:" + stage);
    }

    @Override
    public void stageFinished(String job, String stage, long millis) {
        delegate.stageFinished(job, stage, millis);
    }

    @Override
    public void memberStarted(int year, String member) {
        delegate.memberStarted(year, member);
        reached(point.equals("member:*") ? point : "member:" + member);
    }

    @Override
    public void memberClosed(int year, String member, boolean blocking, int findings, long millis) {
        delegate.memberClosed(year, member, blocking, findings, millis);
    }

    @Override
    public void fileStarted(int year, String path, long sizeBytes) {
        delegate.fileStarted(year, path, sizeBytes);
    }

    @Override
    public void rowsStored(int year, String path, long rows) {
        delegate.rowsStored(year, path, rows);
        reached("stored:" + year + "/" + path);
    }

    @Override
    public void fileFinished(int year, String path, DropFolderIngest.Outcome outcome, int rowsRead) {
        delegate.fileFinished(year, path, outcome, rowsRead);
    }

    private void reached(String here) {
        if (!here.equals(point)) {
            return;
        }
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        if (hold) {
            if (held.compareAndSet(false, true)) {
                out.println("HELD " + here);
                try {
                    Thread.sleep(HOLD_SECONDS * 1000L);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return;
        }
        out.println("HALTED " + here);
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                // Only kill ends a halted run.
            }
        }
    }
}
