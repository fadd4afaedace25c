package org.cloture.jobs;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSConsumer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.cloture.cluster.BrokerMain;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code cloture recover}: after a manager died (or its database connections), its execution stays
 * STARTED in the shared repository, some partitions STARTED or UNKNOWN, and requests may wait on the queue.
 * Recovery marks the execution and every partition that did not complete FAILED, purges the stale requests
 * (the restart sends new ones), then restarts the execution: the partitioned step re-runs only the members
 * whose partition did not complete (a completed partition is not startable again), then the network and the
 * federation's report.
 */
@Component
@Profile("distributed")
public class DistributedRecovery {

    private final JobRepository repository;
    private final JobOperator operator;
    private final ConnectionFactory connectionFactory;

    public DistributedRecovery(JobRepository repository, JobOperator operator,
                               @Qualifier("brokerConnectionFactory") ConnectionFactory connectionFactory) {
        this.repository = repository;
        this.operator = operator;
        this.connectionFactory = connectionFactory;
    }

    /** What recovery found and did. */
    public record Recovered(List<JobExecution> marked, int purgedRequests, List<JobExecution> restarted) {
    }

    /**
     * Marks the executions left running, then restarts the latest execution of each job when it did not
     * complete — left running by a dead manager, or failed because the manager lost the database.
     */
    public Recovered recover() throws Exception {
        List<JobExecution> marked = new ArrayList<>();
        List<JobExecution> toRestart = new ArrayList<>();
        for (String job : List.of(YearEndJobConfiguration.YEAR_END_JOB, YearEndJobConfiguration.CHECK_JOB)) {
            for (JobExecution execution : repository.findRunningJobExecutions(job)) {
                markFailed(execution);
                marked.add(execution);
            }
            var instance = repository.getLastJobInstance(job);
            JobExecution last = instance == null ? null : repository.getLastJobExecution(instance);
            if (last != null && (last.getStatus() == BatchStatus.FAILED || last.getStatus() == BatchStatus.STOPPED)) {
                // Partitions a worker could not record (UNKNOWN) or was still running are run again.
                markFailed(last);
                toRestart.add(last);
            }
        }
        int purged = purgeRequests();
        List<JobExecution> restarted = new ArrayList<>();
        for (JobExecution execution : toRestart) {
            restarted.add(operator.restart(repository.getJobExecution(execution.getId())));
        }
        return new Recovered(marked, purged, restarted);
    }

    private void markFailed(JobExecution execution) {
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus().isRunning() || step.getStatus() == BatchStatus.UNKNOWN) {
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(ExitStatus.FAILED.addExitDescription(YearEndLauncher.INTERRUPTED));
                step.setEndTime(LocalDateTime.now());
                repository.update(step);
            }
        }
        if (execution.getStatus().isRunning() || execution.getStatus() == BatchStatus.UNKNOWN) {
            execution.setStatus(BatchStatus.FAILED);
            execution.setExitStatus(ExitStatus.FAILED.addExitDescription(YearEndLauncher.INTERRUPTED));
            execution.setEndTime(LocalDateTime.now());
            repository.update(execution);
        }
    }

    /** Takes every request off the queue; none of them names a partition still to be run. */
    private int purgeRequests() {
        int purged = 0;
        try (JMSContext context = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE);
             JMSConsumer consumer = context.createConsumer(context.createQueue(BrokerMain.QUEUE))) {
            while (consumer.receive(200) != null) {
                purged++;
            }
        }
        return purged;
    }
}
