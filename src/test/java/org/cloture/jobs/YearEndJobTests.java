package org.cloture.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.cloture.yearend.YearEndRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The Spring Batch wiring: steps named by stage, run in order, and recovery of a killed execution. */
@SpringBootTest
@SpringBatchTest
class YearEndJobTests {

    @TempDir
    static Path work;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("cloture.data", () -> work.resolve("data").toString());
    }

    @Autowired
    JobOperator operator;

    @Autowired
    JobRepository repository;

    @Autowired
    @Qualifier("yearEndJob")
    Job yearEndJob;

    @Autowired
    YearEndLauncher launcher;

    @Test
    void theYearEndJobRunsOneStepPerStageInPipelineOrder() throws Exception {
        Path input = copyDemoInput();
        JobOperatorTestUtils utils = new JobOperatorTestUtils(operator, repository);
        utils.setJob(yearEndJob);

        JobExecution execution = utils.startJob(parameters(input, "RUN"));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(execution.getStepExecutions()).extracting(StepExecution::getStepName)
                .containsExactly("members", "ingest", "ledger", "statements", "annex", "reconcile", "figures",
                        "network", "programme", "report");
        assertThat(work.resolve("reports/2023/rapport-activite-2023.pdf")).isNotEmptyFile();
    }

    /**
     * A federation: the manager step {@code members} splits the year into one partition per member with a
     * folder, each closed by the worker step on the threads of the partition handler, before the federation's
     * own stages.
     */
    @Test
    void aFederationsMembersAreClosedAsPartitionsOfTheMembersStep() throws Exception {
        Path federation = work.resolve("federation");
        Path input = org.cloture.federation.FederationFixture.write(federation);
        JobOperatorTestUtils utils = new JobOperatorTestUtils(operator, repository);
        utils.setJob(yearEndJob);

        JobExecution execution = utils.startJob(new JobParametersBuilder()
                .addLong("year", 2023L)
                .addString("input", input.toString())
                .addString("reports", federation.resolve("reports").toString())
                .addString("mode", "RUN")
                .addString("launch", "federation" + System.nanoTime())
                .toJobParameters());

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(execution.getStepExecutions()).extracting(StepExecution::getStepName)
                .contains("members", "memberClosing:membre-cs-wazemmes", "memberClosing:membre-cs-fives",
                        "memberClosing:membre-cs-arras-ouest", "network")
                .doesNotContain("memberClosing:membre-cs-lens", "memberClosing:membre-cs-inconnu");
        StepExecution arras = execution.getStepExecutions().stream()
                .filter(step -> step.getStepName().equals("memberClosing:membre-cs-arras-ouest")).findFirst().orElseThrow();
        assertThat(arras.getExecutionContext().get(MemberClosingTasklet.BLOCKING)).isEqualTo(true);
        assertThat(federation.resolve("reports/2023/cs-wazemmes/rapport-activite-2023.pdf")).isNotEmptyFile();
        assertThat(federation.resolve("reports/2023/reseau-2023.xlsx")).isNotEmptyFile();
    }

    @Test
    void anExecutionLeftStartedByAKilledJvmIsMarkedFailedBeforeTheNextRun() throws Exception {
        Path input = copyDemoInput();
        JobParameters parameters = parameters(input, "CHECK");
        JobInstance instance = repository.createJobInstance(YearEndJobConfiguration.CHECK_JOB, parameters);
        JobExecution killed = repository.createJobExecution(instance, parameters, new ExecutionContext());
        killed.setStatus(BatchStatus.STARTED);
        repository.update(killed);
        StepExecution step = repository.createStepExecution("ingest", killed);
        step.setStatus(BatchStatus.STARTED);
        repository.update(step);
        assertThat(repository.findRunningJobExecutions(YearEndJobConfiguration.CHECK_JOB)).isNotEmpty();

        YearEndLauncher.Launched launched = launcher.launch(new YearEndRequest(2023, input, work.resolve("reports"),
                YearEndRequest.Mode.CHECK));

        assertThat(launched.completed()).isTrue();
        assertThat(repository.findRunningJobExecutions(YearEndJobConfiguration.CHECK_JOB)).isEmpty();
        assertThat(repository.getJobExecution(killed.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
    }

    private static JobParameters parameters(Path input, String mode) {
        return new JobParametersBuilder()
                .addLong("year", 2023L)
                .addString("input", input.toString())
                .addString("reports", work.resolve("reports").toString())
                .addString("mode", mode)
                .addString("launch", mode + System.nanoTime())
                .toJobParameters();
    }

    private static Path copyDemoInput() throws IOException {
        Path target = work.resolve("input");
        try (Stream<Path> paths = Files.walk(Path.of("input"))) {
            for (Path path : paths.toList()) {
                Path copy = target.resolve(Path.of("input").relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return target;
    }
}
