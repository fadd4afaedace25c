package org.cloture.jobs;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.cloture.yearend.DropIngestRun;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Starts the {@code ingest} job for one year folder. Each launch is a new job instance (its own
 * {@code launch} parameter): a drop is a fresh execution, not the restart of the previous one.
 */
// Executions of this job left STARTED by a killed JVM are marked FAILED by YearEndLauncher's recovery.
@Component
public class IngestLauncher {

    private final JobOperator operator;
    private final Job ingestJob;
    private final DropRunRegistry registry;

    public IngestLauncher(JobOperator operator, @Qualifier("ingestJob") Job ingestJob, DropRunRegistry registry) {
        this.operator = operator;
        this.ingestJob = ingestJob;
        this.registry = registry;
    }

    /** The execution and the load it carried out (absent if the job failed before creating it). */
    public record Ingested(JobExecution execution, DropIngestRun run) {

        public boolean completed() {
            return execution.getStatus() == BatchStatus.COMPLETED;
        }

        public List<Throwable> failures() {
            return execution.getAllFailureExceptions();
        }
    }

    public Ingested launch(int year, Path inputRoot, Path reportsRoot) throws Exception {
        String launch = UUID.randomUUID().toString();
        JobExecution execution = operator.start(ingestJob, new JobParametersBuilder()
                .addLong("year", (long) year)
                .addString("input", inputRoot.toAbsolutePath().normalize().toString())
                .addString("reports", reportsRoot.toAbsolutePath().normalize().toString())
                .addString("launch", launch)
                .toJobParameters());
        return new Ingested(execution, registry.take(launch).orElse(null));
    }
}
