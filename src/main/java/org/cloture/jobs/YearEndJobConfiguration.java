package org.cloture.jobs;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.cloture.ingest.DropFolderIngest;
import org.cloture.report.pdf.BoardReportPdf;
import org.cloture.report.PdfRenderer;
import org.cloture.statements.StatementLayouts;
import org.cloture.store.JdbcStagingStore;
import org.cloture.store.LedgerQueries;
import org.cloture.store.LoadedFileQueries;
import org.cloture.yearend.YearEndRequest;
import org.cloture.yearend.YearEndRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Spring Batch wiring of the year-end and check jobs: one step per stage, each calling one method of
 * {@link YearEndRun}. Steps hold no state between JVMs, so they all re-run on restart (ingest is
 * idempotent by fingerprint; the others recompute from the database).
 */
@Configuration(proxyBeanMethods = false)
public class YearEndJobConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(YearEndJobConfiguration.class);

    public static final String YEAR_END_JOB = "yearEnd";
    public static final String CHECK_JOB = "check";
    public static final String EXPLAIN_JOB = "explain";
    public static final String PROGRAMME_JOB = "programme";

    /** The progress the command line registered, or none (tests, other callers). */
    @Bean
    RunProgressHolder runProgressHolder(ObjectProvider<RunProgress> progress) {
        return new RunProgressHolder(progress.getIfAvailable(() -> RunProgress.NONE));
    }

    /** Wraps the optional progress so that every bean below gets one, never null. */
    record RunProgressHolder(RunProgress progress) {
    }

    @Bean
    JdbcStagingStore stagingStore(DataSource dataSource, RunProgressHolder progress) {
        return new JdbcStagingStore(new JdbcTemplate(dataSource),
                new TransactionTemplate(new JdbcTransactionManager(dataSource)), Clock.systemUTC(),
                progress.progress());
    }

    @Bean
    LedgerQueries ledgerQueries(JdbcStagingStore store) {
        return store.ledger();
    }

    @Bean
    LoadedFileQueries loadedFileQueries(JdbcStagingStore store) {
        return store.files();
    }

    @Bean
    StatementLayouts statementLayouts() {
        return StatementLayouts.standard();
    }

    @Bean
    DropFolderIngest dropFolderIngest(JdbcStagingStore store, RunProgressHolder progress) {
        return new DropFolderIngest(store.loads(), DropFolderIngest.allReaders(), progress.progress());
    }

    @Bean
    PdfRenderer boardReportPdf() {
        return new BoardReportPdf();
    }

    @Bean
    RunRegistry runRegistry() {
        return new RunRegistry();
    }

    @Bean
    @JobScope
    YearEndRun yearEndRun(@Value("#{jobParameters['year']}") Long year,
                          @Value("#{jobParameters['input']}") String input,
                          @Value("#{jobParameters['reports']}") String reports,
                          @Value("#{jobParameters['mode']}") String mode,
                          @Value("#{jobParameters['launch']}") String launch,
                          JdbcStagingStore store, DropFolderIngest ingest, StatementLayouts layouts,
                          PdfRenderer pdf, RunRegistry registry) {
        YearEndRequest request = new YearEndRequest(year.intValue(), Path.of(input), Path.of(reports),
                YearEndRequest.Mode.valueOf(mode));
        YearEndRun run = new YearEndRun(request, store, ingest, layouts, pdf);
        registry.register(launch, run);
        return run;
    }

    /**
     * A federation's members are closed first (step {@code members}, one partition per member; none for an
     * association), then the federation's own stages, whose {@code network} step reads the members' outputs.
     */
    @Bean
    Job yearEndJob(JobRepository repository, YearEndRun run, RunProgressHolder progress,
                   @Qualifier(MemberPartitionConfiguration.MEMBERS_STEP + "Step") Step members) {
        return job(YEAR_END_JOB, repository, run, progress.progress(), members, List.of(
                stage("ingest", YearEndRun::ingest), stage("ledger", YearEndRun::ledger),
                stage("statements", YearEndRun::statements), stage("annex", YearEndRun::annex),
                stage("reconcile", YearEndRun::reconcile),
                stage("figures", YearEndRun::figures), quietStage("network", YearEndRun::network),
                stage("programme", YearEndRun::programme), stage("report", YearEndRun::report)));
    }

    @Bean
    Job checkJob(JobRepository repository, YearEndRun run, RunProgressHolder progress,
                 @Qualifier(MemberPartitionConfiguration.MEMBERS_STEP + "Step") Step members) {
        return job(CHECK_JOB, repository, run, progress.progress(), members, List.of(
                stage("ingest", YearEndRun::ingest), stage("ledger", YearEndRun::ledger),
                stage("statements", YearEndRun::statements), stage("annex", YearEndRun::annex),
                stage("reconcile", YearEndRun::reconcile),
                stage("figures", YearEndRun::figures), quietStage("network", YearEndRun::network),
                stage("programme", YearEndRun::programme), stage("controls", YearEndRun::report)));
    }

    /**
     * The coming year's programme of activities, with the year's checks (controls and JSON written too). A
     * federation's members first, each with its own programme in {@code reports/<N+1>/<member-id>/}, as the
     * year-end closing closes them; then the federation's own.
     */
    @Bean
    Job programmeJob(JobRepository repository, YearEndRun run, RunProgressHolder progress,
                     @Qualifier(MemberPartitionConfiguration.MEMBERS_STEP + "Step") Step members) {
        return job(PROGRAMME_JOB, repository, run, progress.progress(), members, List.of(
                stage("ingest", YearEndRun::ingest), stage("ledger", YearEndRun::ledger),
                stage("statements", YearEndRun::statements), stage("annex", YearEndRun::annex),
                stage("reconcile", YearEndRun::reconcile),
                stage("figures", YearEndRun::figures), quietStage("network", YearEndRun::network),
                stage("programme", YearEndRun::programme), stage("controls", YearEndRun::report)));
    }

    /** Only what the key figures need: no reconciliation, no annexe, no output, no member closed. */
    @Bean
    Job explainJob(JobRepository repository, YearEndRun run, RunProgressHolder progress) {
        return job(EXPLAIN_JOB, repository, run, progress.progress(), null, List.of(
                stage("ingest", YearEndRun::ingest), stage("ledger", YearEndRun::ledger),
                stage("statements", YearEndRun::statements), stage("figures", YearEndRun::figures)));
    }

    /**
     * A step name and the stage it runs; a stage not announced (the network, which does nothing for an
     * association) runs without a line on the console.
     */
    private record Stage(String name, Consumer<YearEndRun> action, boolean announced) {
    }

    private static Stage stage(String name, Consumer<YearEndRun> action) {
        return new Stage(name, action, true);
    }

    private static Stage quietStage(String name, Consumer<YearEndRun> action) {
        return new Stage(name, action, false);
    }

    private static Job job(String name, JobRepository repository, YearEndRun run, RunProgress progress, Step first,
                           List<Stage> stages) {
        var flow = first != null ? new JobBuilder(name, repository).start(first)
                .next(step(name, stages, 0, repository, run, progress))
                : new JobBuilder(name, repository).start(step(name, stages, 0, repository, run, progress));
        for (int index = 1; index < stages.size(); index++) {
            flow = flow.next(step(name, stages, index, repository, run, progress));
        }
        return flow.build();
    }

    /**
     * A stage as a tasklet step. The stage manages its own database transactions (one per file while
     * loading), so the step itself runs without one.
     */
    private static Step step(String job, List<Stage> stages, int index, JobRepository repository, YearEndRun run,
                             RunProgress progress) {
        Stage stage = stages.get(index);
        int number = (int) stages.subList(0, index + 1).stream().filter(Stage::announced).count();
        int count = (int) stages.stream().filter(Stage::announced).count();
        return new StepBuilder(stage.name(), repository)
                .tasklet((contribution, chunkContext) -> {
                    long started = System.nanoTime();
                    if (stage.announced()) {
                        progress.stageStarted(job, stage.name(), number, count);
                    }
                    stage.action().accept(run);
                    long millis = (System.nanoTime() - started) / 1_000_000;
                    LOG.info("Stage {} done in {} ms", stage.name(), millis);
                    if (stage.announced()) {
                        progress.stageFinished(job, stage.name(), millis);
                    }
                    return RepeatStatus.FINISHED;
                }, new ResourcelessTransactionManager())
                .allowStartIfComplete(true)
                .build();
    }
}
