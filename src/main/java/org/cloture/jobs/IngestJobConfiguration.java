package org.cloture.jobs;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import org.cloture.ingest.DropFolderIngest;
import org.cloture.store.LoadedFileQueries;
import org.cloture.yearend.DropIngestRun;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code ingest} job that {@code cloture serve} launches for a year folder when files are dropped in it
 * (and at each sweep): step {@code ingest} loads what changed, step {@code feedback} writes the staff notes.
 */
@Configuration(proxyBeanMethods = false)
public class IngestJobConfiguration {

    public static final String INGEST_JOB = "ingest";

    @Bean
    DropRunRegistry dropRunRegistry() {
        return new DropRunRegistry();
    }

    @Bean
    @JobScope
    DropIngestRun dropIngestRun(@Value("#{jobParameters['year']}") Long year,
                                @Value("#{jobParameters['input']}") String input,
                                @Value("#{jobParameters['reports']}") String reports,
                                @Value("#{jobParameters['launch']}") String launch,
                                LoadedFileQueries loadedFiles, DropFolderIngest ingest,
                                DropRunRegistry registry) {
        DropIngestRun run = new DropIngestRun(year.intValue(), Path.of(input), Path.of(reports), loadedFiles, ingest,
                Clock.systemDefaultZone());
        registry.register(launch, run);
        return run;
    }

    @Bean
    Job ingestJob(JobRepository repository, DropIngestRun run) {
        return new JobBuilder(INGEST_JOB, repository)
                .start(step("ingest", repository, run, DropIngestRun::ingest))
                .next(step("feedback", repository, run, DropIngestRun::feedback))
                .build();
    }

    /** A tasklet step without a transaction of its own: the ingest commits file by file. */
    private static Step step(String name, JobRepository repository, DropIngestRun run, Consumer<DropIngestRun> action) {
        return new StepBuilder(name, repository)
                .tasklet((contribution, chunkContext) -> {
                    action.accept(run);
                    return RepeatStatus.FINISHED;
                }, new ResourcelessTransactionManager())
                .allowStartIfComplete(true)
                .build();
    }
}
