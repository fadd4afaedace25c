package org.cloture.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.cloture.ingest.DropFolderIngest;
import org.cloture.jobs.RunProgress;

/**
 * A testing hook, inert unless the system property {@value #PROPERTY} is set: the JVM stops for good at
 * the named point of a run, after printing {@code HALTED <point>} on the standard output, so that a test
 * can kill it there (kill -9) and check what the next run recovers. Points: {@code stage:<step>} as a
 * step starts (e.g. {@code stage:statements}), {@code member:<id>} as a federation member's partition starts
 * ({@code member:*}: any member), and {@code stored:<year>/<file>} once rows of a loading file
 * are written to the database but before the file replaces its previous version.
 */
final class HaltPoint implements RunProgress {

    static final String PROPERTY = "cloture.haltAt";

    private final RunProgress delegate;
    private final String point;

    private HaltPoint(RunProgress delegate, String point) {
        this.delegate = delegate;
        this.point = point;
    }

    /** {@code progress} itself, or wrapped to halt at the point the system property names. */
    static RunProgress around(RunProgress progress) {
        String point = System.getProperty(PROPERTY);
        return point == null || point.isBlank() ? progress : new HaltPoint(progress, point.strip());
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
