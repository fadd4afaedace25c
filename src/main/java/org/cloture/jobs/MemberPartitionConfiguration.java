package org.cloture.jobs;

import java.nio.file.Path;
import org.cloture.report.PdfRenderer;
import org.cloture.statements.StatementLayouts;
import org.cloture.yearend.MemberClosing;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * A federation's members closed as partitions: the {@link MemberPartitioner} (one partition per member
 * association-year), the worker step {@code memberClosing} and the manager step {@code members}. By default
 * the partitions run on threads of this JVM ({@link TaskExecutorPartitionHandler}); the {@code distributed}
 * profile sends them to remote workers instead (DistributedConfiguration), with the same partitioner and
 * worker step.
 */
@Configuration(proxyBeanMethods = false)
public class MemberPartitionConfiguration {

    public static final String MEMBERS_STEP = "members";
    public static final String WORKER_STEP = "memberClosing";

    /** Not named memberClosing: a remote worker's step bean has the worker step's name (Batch locates it so). */
    @Bean
    MemberClosing memberYearClosing(StatementLayouts layouts, PdfRenderer pdf) {
        return new MemberClosing(layouts, pdf);
    }

    /** What the worker step does, the same on a thread of this JVM and in a remote worker. */
    @Bean
    MemberClosingTasklet memberClosingTasklet(MemberClosing closing, YearEndJobConfiguration.RunProgressHolder progress) {
        return new MemberClosingTasklet(closing, progress.progress());
    }

    /**
     * The worker step on threads of this JVM: one member association-year, restartable like every stage
     * (outputs are rewritten whole). A remote worker builds the same step with Spring Batch Integration
     * (DistributedWorkerConfiguration).
     */
    @Bean
    @Profile("!distributed")
    Step memberClosingStep(JobRepository repository, MemberClosingTasklet tasklet) {
        return new StepBuilder(WORKER_STEP, repository)
                .tasklet(tasklet, new ResourcelessTransactionManager())
                .build();
    }

    @Bean
    @JobScope
    MemberPartitioner memberPartitioner(@Value("#{jobParameters['year']}") Long year,
                                        @Value("#{jobParameters['input']}") String input,
                                        @Value("#{jobParameters['reports']}") String reports,
                                        @Value("#{jobParameters['mode']}") String mode) {
        return new MemberPartitioner(year.intValue(), Path.of(input), Path.of(reports), mode);
    }

    /** Threads of this JVM: as many as cores by default ({@code cloture.members.threads}). */
    @Bean
    @Profile("!distributed")
    ThreadPoolTaskExecutor memberClosingExecutor(@Value("${cloture.members.threads:0}") int threads) {
        int size = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(size);
        executor.setMaxPoolSize(size);
        executor.setThreadNamePrefix("membre-");
        return executor;
    }

    @Bean
    @Profile("!distributed")
    PartitionHandler memberPartitionHandler(@Qualifier("memberClosingStep") Step worker,
                                            @Qualifier("memberClosingExecutor") ThreadPoolTaskExecutor executor) {
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setStep(worker);
        handler.setTaskExecutor(executor);
        handler.setGridSize(executor.getMaxPoolSize());
        return handler;
    }

    /** The manager step: splits the year into member partitions and waits for them all. */
    @Bean
    @Profile("!distributed")
    Step membersStep(JobRepository repository, MemberPartitioner partitioner,
                     @Qualifier("memberPartitionHandler") PartitionHandler handler) {
        return new StepBuilder(MEMBERS_STEP, repository)
                .partitioner(WORKER_STEP, partitioner)
                .partitionHandler(handler)
                // Also the splitter's rule for the partitions: on a restart (cloture recover), a member whose
                // partition completed is not closed again.
                .allowStartIfComplete(false)
                .build();
    }
}
