package org.cloture.jobs;

import jakarta.jms.ConnectionFactory;
import org.cloture.cluster.BrokerMain;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.batch.integration.partition.RemotePartitioningWorkerStepBuilderFactory;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.jms.dsl.Jms;

/**
 * A remote worker ({@code cloture worker}, property {@code cloture.worker=true}) as Spring Batch Integration
 * builds one: the worker step {@code memberClosing} comes from {@link RemotePartitioningWorkerStepBuilderFactory},
 * which subscribes Batch's request handler to {@code workerRequests} and sends each partition's outcome to
 * {@code partitionOutcomes}. The broker side is a Spring Integration JMS flow: requests consumed in a
 * transacted session (the connection factory has a consumer window of 0, so no worker holds requests it is not
 * running), decoded, dropped when their partition is no longer runnable, then handled on the listener's
 * thread. The session commits — the request is acknowledged — only once the repository shows the partition
 * ended: a worker killed or cut from the database mid-partition leaves its request to another worker.
 */
@Configuration(proxyBeanMethods = false)
@Profile("distributed")
@ConditionalOnProperty(name = "cloture.worker", havingValue = "true")
public class DistributedWorkerConfiguration {

    /** How long a listener waits before connecting again after losing the broker. */
    private static final long RECONNECT_MILLIS = 1000;

    @Bean
    PartitionRequests partitionRequests(JobRepository repository) {
        return new PartitionRequests(repository);
    }

    @Bean
    DirectChannel workerRequests() {
        return new DirectChannel();
    }

    @Bean
    DirectChannel partitionOutcomes() {
        return new DirectChannel();
    }

    /** From the queue to Batch's handler, one request per listener thread. */
    @Bean
    IntegrationFlow requestsFromBroker(@Qualifier("brokerConnectionFactory") ConnectionFactory connectionFactory,
                                       PartitionRequests requests, @Value("${cloture.worker.threads:1}") int threads) {
        return IntegrationFlow.from(Jms.messageDrivenChannelAdapter(connectionFactory)
                        .destination(BrokerMain.QUEUE)
                        .configureListenerContainer(container -> container.sessionTransacted(true)
                                .concurrentConsumers(threads).maxConcurrentConsumers(threads)
                                .recoveryInterval(RECONNECT_MILLIS)))
                .transform(String.class, PartitionRequests::decode)
                .filter(StepExecutionRequest.class, requests::stillRunnable)
                .channel("workerRequests")
                .get();
    }

    /** An outcome the repository does not show throws here, on the listener's thread: the request is redelivered. */
    @Bean
    IntegrationFlow outcomesConfirmed(PartitionRequests requests) {
        return IntegrationFlow.from("partitionOutcomes")
                .handle(message -> requests.confirmRecorded((StepExecution) message.getPayload()))
                .get();
    }

    /** The worker step, named as the manager's requests name it, so that Batch's step locator finds this bean. */
    @Bean(MemberPartitionConfiguration.WORKER_STEP)
    Step remoteMemberClosingStep(JobRepository repository, BeanFactory beanFactory, MemberClosingTasklet tasklet,
                                 @Qualifier("workerRequests") DirectChannel requests,
                                 @Qualifier("partitionOutcomes") DirectChannel outcomes) {
        RemotePartitioningWorkerStepBuilderFactory steps = new RemotePartitioningWorkerStepBuilderFactory(repository);
        steps.setBeanFactory(beanFactory);
        return steps.get(MemberPartitionConfiguration.WORKER_STEP)
                .inputChannel(requests)
                .outputChannel(outcomes)
                .tasklet(tasklet, new ResourcelessTransactionManager())
                .build();
    }
}
