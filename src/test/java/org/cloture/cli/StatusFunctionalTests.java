package org.cloture.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cloture status} before and after a run, with files dropped since and a schedule. */
class StatusFunctionalTests {

    private static final char NNBSP = '\u202F';

    @TempDir
    Path work;

    @Test
    void beforeAnyRunItSaysSoAndListsEveryDroppedFileAsPending() {
        CliRunner.copyDemoInput(work);

        CliRunner.Result status = status();

        assertThat(status.exitCode()).isZero();
        assertThat(status.out()).contains("Aucune exécution : le dossier de données n'existe pas encore.",
                "Dépôts en attente (chargés à la prochaine exécution) :", "2023/900000001FEC20231231.txt",
                "2022/benevolat.csv", "nouveau",
                "Exécutions planifiées : aucune (pas de bloc schedule: dans association.yml).");
        assertThat(work.resolve("data")).doesNotExist();
    }

    @Test
    void afterARunItShowsTheExecutionTheLoadedFilesWhatChangedSinceAndTheNextScheduledRuns() throws IOException {
        Path input = CliRunner.copyDemoInput(work);
        assertThat(CliRunner.run(work, "run", "--year", "2023").exitCode()).isZero();
        Files.writeString(input.resolve("2023/dons.csv"), "Date;Montant\n2023-05-01;10\n", StandardCharsets.UTF_8);
        Files.writeString(input.resolve("2023/900000001FEC20231231.txt"), "\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        Files.delete(input.resolve("2022/benevolat.csv"));
        Files.writeString(input.resolve("association.yml"), """
                schedule:
                  sweep: "0 */15 * * * *"
                  yearEnd: "0 0 6 15 3 *"
                  monthlyReport: "not a cron"
                """, StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        CliRunner.Result status = status();

        assertThat(status.exitCode()).as(status.out() + status.err()).isZero();
        assertThat(status.out())
                .contains("Aucune exécution en cours.", "Dernières exécutions :")
                .containsPattern("\\n\\s+0\\s+clôture\\s+2023\\s+terminée\\s+\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2} "
                        + "\\d+,\\d s\\n")
                .contains("Fichiers chargés :")
                .containsPattern("\\n\\s+2023\\s+900000001FEC20231231\\.txt\\s+[0-9a-f]{12}\\s+\\d{2}/\\d{2}/\\d{4} "
                        + "\\d{2}:\\d{2}:\\d{2} 1" + NNBSP + "497\\n")
                .containsPattern("2023/dons\\.csv\\s+nouveau")
                .containsPattern("2023/900000001FEC20231231\\.txt\\s+modifié depuis son chargement")
                .containsPattern("2022/benevolat\\.csv\\s+retiré du dossier")
                .doesNotContain("2023/activites.xlsx ")
                .contains("Prochaines exécutions planifiées :")
                .containsPattern("sweep\\s+« 0 \\*/15 \\* \\* \\* \\* »\\s+\\d{2}/\\d{2}/\\d{4} \\d{2}:(00|15|30|45):00")
                .containsPattern("yearEnd\\s+« 0 0 6 15 3 \\* »\\s+15/03/\\d{4} 06:00:00")
                .containsPattern("monthlyReport\\s+« not a cron »\\s+expression invalide");
    }

    @Test
    void anInterruptedExecutionShowsAsSuchWithItsLastStage() throws IOException {
        CliRunner.copyDemoInput(work);
        assertThat(CliRunner.run(work, "check", "--year", "2023").exitCode()).isZero();
        markLastExecutionRunning();

        CliRunner.Result status = status();

        assertThat(status.out()).containsPattern("contrôle\\s+2023\\s+interrompue \\(étape controls\\)");
    }

    /** What a kill -9 leaves in the job repository: the execution still marked as running. */
    private void markLastExecutionRunning() {
        var dataSource = new org.springframework.jdbc.datasource.SingleConnectionDataSource(
                org.cloture.store.DatabaseHealth.url(work.resolve("data")), "SA", "", true);
        new org.springframework.jdbc.core.JdbcTemplate(dataSource).update(
                "UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', END_TIME = NULL");
        dataSource.destroy();
    }

    private CliRunner.Result status() {
        return CliRunner.run("status", "--input", work.resolve("input").toString(), "--data",
                work.resolve("data").toString());
    }
}
