package org.cloture.jobs;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.jms.ConnectionFactory;
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
import org.springframework.boot.batch.autoconfigure.BatchTransactionManager;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.jms.dsl.Jms;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.jms.connection.CachingConnectionFactory;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Profile {@code distributed}: a federation's member partitions go to remote workers. The job repository is
 * in PostgreSQL ({@code CLOTURE_DB_URL}), shared by the manager and every worker; the staging database stays
 * the manager's own HSQLDB (the federation's files), each worker closing its members in private in-memory
 * databases. The manager step sends one request per partition to the Artemis queue ({@code CLOTURE_BROKER_URL})
 * and polls the repository until every partition has ended — not the aggregating variant, whose restart is
 * still unreliable in Batch 6. The workers' side is DistributedWorkerConfiguration.
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
    DirectChannel memberRequests() {
        return new DirectChannel();
    }

    @Bean
    IntegrationFlow requestsToBroker(@Qualifier("brokerConnectionFactory") ConnectionFactory connectionFactory) {
        CachingConnectionFactory caching = new CachingConnectionFactory(connectionFactory);
        caching.setReconnectOnException(true);
        return IntegrationFlow.from("memberRequests")
                .transform(StepExecutionRequest.class, PartitionRequests::encode)
                .handle(Jms.outboundAdapter(caching).destination(BrokerMain.QUEUE))
                .get();
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
}
