package org.cloture.jobs;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.TextMessage;
import java.time.Duration;
import javax.sql.DataSource;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.cloture.cluster.BrokerMain;
import org.cloture.cluster.ClusterSettings;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilder;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.batch.autoconfigure.BatchTransactionManager;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.jms.connection.CachingConnectionFactory;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.jms.listener.DefaultMessageListenerContainer;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Profile {@code distributed}: a federation's member partitions go to remote workers. The job repository is
 * in PostgreSQL ({@code CLOTURE_DB_URL}), shared by the manager and every worker; the staging database stays
 * the manager's own HSQLDB (the federation's files), each worker closing its members in private in-memory
 * databases. The manager step sends one request per partition to the Artemis queue ({@code CLOTURE_BROKER_URL})
 * and polls the repository until every partition has ended — not the aggregating variant, whose restart is
 * still unreliable in Batch 6. Workers ({@code cloture worker}, property {@code cloture.worker=true}) consume
 * the queue in a transacted session with a consumer window of 0: a request is acknowledged only when its
 * partition's outcome is in the repository, and no worker holds requests it is not running, so a request of a
 * worker killed mid-partition goes to another one.
 */
@Configuration(proxyBeanMethods = false)
@Profile("distributed")
@EnableIntegration
public class DistributedConfiguration {

    /** How often the manager reads the partitions' state from the repository. */
    static final Duration POLL_INTERVAL = Duration.ofMillis(500);

    @Bean
    ClusterSettings clusterSettings(@Value("${cloture.data}") String data) {
        return ClusterSettings.resolve(System.getenv(), java.nio.file.Path.of(data))
                .orElseThrow(() -> new IllegalStateException(ClusterSettings.missing(java.nio.file.Path.of(data))));
    }

    /** The staging database: the one of application.properties, primary for Flyway and the store. */
    @Bean
    @Primary
    DataSource dataSource(org.springframework.boot.jdbc.autoconfigure.DataSourceProperties properties) {
        return properties.initializeDataSourceBuilder().build();
    }

    @Bean
    @Primary
    PlatformTransactionManager transactionManager(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource);
    }

    @Bean
    @BatchDataSource
    DataSource batchDataSource(ClusterSettings settings) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(settings.databaseUrl());
        dataSource.setMaximumPoolSize(4);
        dataSource.setPoolName("cloture-batch");
        return dataSource;
    }

    @Bean
    @BatchTransactionManager
    PlatformTransactionManager batchTransactionManager(@Qualifier("batchDataSource") DataSource batchDataSource) {
        return new JdbcTransactionManager(batchDataSource);
    }

    /** Consumer window 0: a worker never holds a request it is not running. */
    @Bean
    ActiveMQConnectionFactory brokerConnectionFactory(ClusterSettings settings) {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(settings.brokerUrl());
        factory.setConsumerWindowSize(0);
        return factory;
    }

    /** The manager's side: each partition request, as text, onto the queue (persistent). */
    @Bean
    DirectChannel memberRequests(@Qualifier("brokerConnectionFactory") ConnectionFactory connectionFactory) {
        CachingConnectionFactory caching = new CachingConnectionFactory(connectionFactory);
        caching.setReconnectOnException(true);
        JmsTemplate template = new JmsTemplate(caching);
        template.setDefaultDestinationName(BrokerMain.QUEUE);
        DirectChannel channel = new DirectChannel();
        channel.subscribe(message -> template.convertAndSend(
                PartitionRequestHandler.encode((StepExecutionRequest) message.getPayload())));
        return channel;
    }

    @Bean
    Step membersStep(JobRepository repository, MemberPartitioner partitioner,
                     @Qualifier("memberRequests") DirectChannel requests, BeanFactory beanFactory) {
        return new RemotePartitioningManagerStepBuilder(MemberPartitionConfiguration.MEMBERS_STEP, repository)
                .partitioner(MemberPartitionConfiguration.WORKER_STEP, partitioner)
                .outputChannel(requests)
                .pollInterval(POLL_INTERVAL.toMillis())
                .beanFactory(beanFactory)
                // Also the splitter's rule for the partitions: on a restart (cloture recover), a member whose
                // partition completed is not closed again.
                .allowStartIfComplete(false)
                .build();
    }

    /** The worker's side: requests consumed one at a time per thread, each acknowledged when its partition ended. */
    @Bean
    @ConditionalOnProperty(name = "cloture.worker", havingValue = "true")
    DefaultMessageListenerContainer partitionRequestListener(
            @Qualifier("brokerConnectionFactory") ConnectionFactory connectionFactory, JobRepository repository,
            @Qualifier("memberClosingStep") Step worker, @Value("${cloture.worker.threads:1}") int threads) {
        PartitionRequestHandler handler = new PartitionRequestHandler(repository, worker);
        DefaultMessageListenerContainer container = new DefaultMessageListenerContainer();
        container.setConnectionFactory(connectionFactory);
        container.setDestinationName(BrokerMain.QUEUE);
        container.setSessionTransacted(true);
        container.setConcurrentConsumers(threads);
        container.setMaxConcurrentConsumers(threads);
        container.setRecoveryInterval(1000);
        container.setMessageListener((jakarta.jms.MessageListener) message -> {
            try {
                handler.handle(((TextMessage) message).getText());
            } catch (Exception e) {
                // Rolls the transacted session back: the broker redelivers the request.
                throw new IllegalStateException("Partition non traitée : " + e.getMessage(), e);
            }
        });
        return container;
    }
}
