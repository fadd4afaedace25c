package org.cloture.jobs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;

/**
 * The two checks a remote worker makes around Spring Batch Integration's request handler, against the shared
 * job repository. Before: a request can arrive twice (redelivered after a broker restart or a lost
 * acknowledgement, or left over from a manager that died), and a partition that completed, failed or was
 * marked stale is never run again by an old request. After: Batch's handler turns any failure of the step —
 * the repository unreachable included — into a FAILED execution in memory; when the repository does not show
 * the partition ended, the request must not be acknowledged, so that the broker redelivers it.
 */
public final class PartitionRequests {

    private static final Logger LOG = LoggerFactory.getLogger(PartitionRequests.class);

    private final JobRepository repository;

    public PartitionRequests(JobRepository repository) {
        this.repository = repository;
    }

    /** The text of a request on the queue: step name and step execution id (no Java serialisation). */
    public static String encode(StepExecutionRequest request) {
        return request.getStepName() + "|" + request.getStepExecutionId();
    }

    public static StepExecutionRequest decode(String text) {
        int bar = text.lastIndexOf('|');
        return new StepExecutionRequest(text.substring(0, bar), Long.parseLong(text.substring(bar + 1)));
    }

    /** Whether the request's partition is still to be run; a request that is not is dropped (and acknowledged). */
    public boolean stillRunnable(StepExecutionRequest request) {
        StepExecution execution = repository.getStepExecution(request.getStepExecutionId());
        if (execution == null || !runnable(execution.getStatus())) {
            LOG.info("Partition request {} dropped: step execution {}", encode(request),
                    execution == null ? "unknown" : execution.getStatus());
            return false;
        }
        LOG.info("Partition {} started", execution.getStepName());
        return true;
    }

    /**
     * Returns normally when the repository shows the partition ended, so that the transacted session
     * acknowledges the request; throws otherwise (outcome not recorded, repository unreachable), which rolls
     * the session back and has the broker redeliver the request to whichever worker is free.
     */
    public void confirmRecorded(StepExecution outcome) {
        StepExecution recorded = repository.getStepExecution(outcome.getId());
        if (recorded == null || runnable(recorded.getStatus())) {
            throw new IllegalStateException("Partition " + outcome.getStepName() + " : résultat non enregistré ("
                    + outcome.getStatus() + " en mémoire, " + (recorded == null ? "inconnue" : recorded.getStatus())
                    + " dans le dépôt) ; la demande sera redistribuée.");
        }
        LOG.info("Partition {} ended {}", recorded.getStepName(), recorded.getStatus());
    }

    /** Created by the manager (STARTING), or left STARTED by a worker that died while running it. */
    static boolean runnable(BatchStatus status) {
        return status == BatchStatus.STARTING || status == BatchStatus.STARTED;
    }
}
