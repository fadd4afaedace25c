package org.cloture.jobs;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.cloture.yearend.YearEndRequest;
import org.cloture.yearend.YearEndRun;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** Starts the year-end or check job for a request, after recovering executions a killed JVM left behind. */
@Component
public class YearEndLauncher {

    private final JobOperator operator;
    private final JobRepository repository;
    private final Job yearEndJob;
    private final Job checkJob;
    private final Job explainJob;
    private final Job programmeJob;
    private final RunRegistry registry;

    public YearEndLauncher(JobOperator operator, JobRepository repository,
                           @Qualifier("yearEndJob") Job yearEndJob, @Qualifier("checkJob") Job checkJob,
                           @Qualifier("explainJob") Job explainJob, @Qualifier("programmeJob") Job programmeJob,
                           RunRegistry registry) {
        this.programmeJob = programmeJob;
        this.operator = operator;
        this.repository = repository;
        this.yearEndJob = yearEndJob;
        this.checkJob = checkJob;
        this.explainJob = explainJob;
        this.registry = registry;
    }

    /**
     * The execution and the run it carried out (absent if the job failed before creating it), with the
     * executions a killed JVM had left running, now marked failed.
     */
    public record Launched(JobExecution execution, YearEndRun run, List<JobExecution> recovered) {

        public Launched(JobExecution execution, YearEndRun run) {
            this(execution, run, List.of());
        }

        public boolean completed() {
            return execution.getStatus() == BatchStatus.COMPLETED;
        }

        public List<Throwable> failures() {
            return execution.getAllFailureExceptions();
        }
    }

    public Launched launch(YearEndRequest request) throws Exception {
        List<JobExecution> recovered = recoverInterruptedExecutions();
        String launch = UUID.randomUUID().toString();
        JobParameters parameters = new JobParametersBuilder()
                .addLong("year", (long) request.year())
                .addString("input", request.inputRoot().toAbsolutePath().normalize().toString())
                .addString("reports", request.reportsRoot().toAbsolutePath().normalize().toString())
                .addString("mode", request.mode().name())
                .addString("launch", launch)
                .toJobParameters();
        Job job = switch (request.mode()) {
            case RUN -> yearEndJob;
            case CHECK -> checkJob;
            case EXPLAIN -> explainJob;
            case PROGRAMME -> programmeJob;
        };
        JobExecution execution = operator.start(job, parameters);
        return new Launched(execution, registry.take(launch).orElse(null), recovered);
    }

    /** What an interrupted execution is marked with, for the job repository and {@code cloture status}. */
    public static final String INTERRUPTED = "Interrompu (arrêt brutal)";

    /**
     * A JVM killed mid-job leaves its execution STARTED forever. Only one Clôture runs per data directory
     * ({@link DataDirectoryLock}), so any execution still marked running at start-up is dead: mark it failed,
     * as its restart would. The new execution then runs every stage again: ingest skips the files already
     * loaded and the other stages recompute from the database, so its outputs are those of an uninterrupted
     * run.
     */
    public List<JobExecution> recoverInterruptedExecutions() {
        List<JobExecution> recovered = new java.util.ArrayList<>();
        for (String jobName : List.of(YearEndJobConfiguration.YEAR_END_JOB, YearEndJobConfiguration.CHECK_JOB,
                YearEndJobConfiguration.EXPLAIN_JOB, YearEndJobConfiguration.PROGRAMME_JOB,
                IngestJobConfiguration.INGEST_JOB)) {
            for (JobExecution execution : repository.findRunningJobExecutions(jobName)) {
                execution.getStepExecutions().stream().filter(step -> step.getStatus().isRunning()).forEach(step -> {
                    step.setStatus(BatchStatus.FAILED);
                    step.setExitStatus(ExitStatus.FAILED.addExitDescription(INTERRUPTED));
                    step.setEndTime(LocalDateTime.now());
                    repository.update(step);
                });
                execution.setStatus(BatchStatus.FAILED);
                execution.setExitStatus(ExitStatus.FAILED.addExitDescription(INTERRUPTED));
                execution.setEndTime(LocalDateTime.now());
                repository.update(execution);
                recovered.add(execution);
            }
        }
        return recovered;
    }
}
