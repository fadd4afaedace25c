package org.cloture.jobs;

import org.cloture.ingest.LoadProgress;

/**
 * What a job reports as it goes: the stage it runs, and through {@link LoadProgress} the files it reads and
 * the rows it writes. The command line puts one in the application context to print it; without one, the
 * job runs silently.
 */
public interface RunProgress extends LoadProgress {

    RunProgress NONE = new RunProgress() {
    };

    /** Stage {@code number} of {@code count} (a step of the job) starts. */
    default void stageStarted(String job, String stage, int number, int count) {
    }

    default void stageFinished(String job, String stage, long millis) {
    }

    /** A federation's member association's closing starts (on any thread or worker of this JVM). */
    default void memberStarted(int year, String member) {
    }

    /** A federation's member association has been closed (on any thread or worker of this JVM). */
    default void memberClosed(int year, String member, boolean blocking, int findings, long millis) {
    }
}
