package org.cloture.jobs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;

/**
 * A remote worker's handling of one partition request: the member's step execution, read from the shared
 * job repository, is run by the worker step — unless it is no longer runnable. A request can arrive twice
 * (redelivered after a broker restart or a lost acknowledgement, or left over from a manager that died):
 * a partition that completed, failed or was marked stale is never run again by an old request.
 */
public final class PartitionRequestHandler {

    private static final Logger LOG = LoggerFactory.getLogger(PartitionRequestHandler.class);

    private final JobRepository repository;
    private final Step worker;

    public PartitionRequestHandler(JobRepository repository, Step worker) {
        this.repository = repository;
        this.worker = worker;
    }

    /** The text of a request on the queue: step name and step execution id. */
    public static String encode(StepExecutionRequest request) {
        return request.getStepName() + "|" + request.getStepExecutionId();
    }

    public static StepExecutionRequest decode(String text) {
        int bar = text.lastIndexOf('|');
        return new StepExecutionRequest(text.substring(0, bar), Long.parseLong(text.substring(bar + 1)));
    }

    /**
     * Runs the partition; returns normally once its outcome is in the repository, so that the transacted
     * session acknowledges the request. An exception (the repository unreachable) rolls the session back:
     * the broker redelivers the request.
     */
    public void handle(String text) throws JobInterruptedException {
        StepExecutionRequest request = decode(text);
        StepExecution execution = repository.getStepExecution(request.getStepExecutionId());
        if (execution == null || !runnable(execution.getStatus())) {
            LOG.info("Partition request {} dropped: step execution {}", text,
                    execution == null ? "unknown" : execution.getStatus());
            return;
        }
        LOG.info("Partition {} started", execution.getStepName());
        worker.execute(execution);
        LOG.info("Partition {} ended {}", execution.getStepName(), execution.getStatus());
    }

    /** Created by the manager (STARTING), or left STARTED by a worker that died while running it. */
    static boolean runnable(BatchStatus status) {
        return status == BatchStatus.STARTING || status == BatchStatus.STARTED;
    }
}
