package org.cloture.jobs;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import org.cloture.yearend.MemberClosing;
import org.cloture.yearend.YearEndRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The worker step of a federation's closing: closes the member its partition names ({@link MemberClosing}),
 * the same in a thread of the manager's JVM or in a remote worker. What it found goes back to the step's
 * context (blocking or not, number of findings) for {@code cloture status} and the console.
 */
public final class MemberClosingTasklet implements Tasklet {

    private static final Logger LOG = LoggerFactory.getLogger(MemberClosingTasklet.class);

    public static final String BLOCKING = "blocking";
    public static final String FINDINGS = "findings";
    /** Time around the member's stages (view, private database), for the benchmark. */
    public static final String OVERHEAD_MILLIS = "overheadMillis";
    /** The member's whole closing, in the step; the rest of the step's time is Spring Batch's bookkeeping. */
    public static final String CLOSING_MILLIS = "closingMillis";
    /** CPU time of the member's closing on its own thread (JIT and GC threads not included), for the benchmark. */
    public static final String CLOSING_CPU_MILLIS = "closingCpuMillis";
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final MemberClosing closing;
    private final RunProgress progress;

    public MemberClosingTasklet(MemberClosing closing, RunProgress progress) {
        this.closing = closing;
        this.progress = progress;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        ExecutionContext partition = chunkContext.getStepContext().getStepExecution().getExecutionContext();
        String member = partition.getString(MemberPartitioner.MEMBER);
        int year = (int) partition.getLong(MemberPartitioner.YEAR);
        long started = System.nanoTime();
        long cpuStarted = THREADS.getCurrentThreadCpuTime();
        progress.memberStarted(year, member);
        MemberClosing.Outcome outcome = closing.close(Path.of(partition.getString(MemberPartitioner.INPUT)),
                Path.of(partition.getString(MemberPartitioner.REPORTS)), year, member,
                YearEndRequest.Mode.valueOf(partition.getString(MemberPartitioner.MODE)));
        partition.put(BLOCKING, outcome.blocking());
        partition.putInt(FINDINGS, outcome.findings());
        partition.putLong(OVERHEAD_MILLIS, outcome.overheadNanos() / 1_000_000);
        long millis = (System.nanoTime() - started) / 1_000_000;
        partition.putLong(CLOSING_MILLIS, millis);
        partition.putLong(CLOSING_CPU_MILLIS, (THREADS.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000);
        LOG.info("Member {} of {} closed in {} ms (blocking: {})", member, year, millis, outcome.blocking());
        progress.memberClosed(year, member, outcome.blocking(), outcome.findings(), millis);
        return RepeatStatus.FINISHED;
    }
}
