package org.cloture.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a run is, on the error stream: stages and the files read; the summary on the standard output is unchanged. */
class ProgressFunctionalTests {

    @TempDir
    Path work;

    @Test
    void aRunNamesEachStageAndEachFileItReadsAndANextRunOnlyTheStages() {
        CliRunner.copyDemoInput(work);

        CliRunner.Result first = CliRunner.run(work, "run");

        assertThat(first.exitCode()).isZero();
        assertThat(first.err().replace('\u202F', ' ')).contains("Étape 1/8 : chargement des fichiers",
                "  2023/900000001FEC20231231.txt : 1 497 ligne(s) lue(s)", "  2022/benevolat.csv : 153 ligne(s) lue(s)",
                "Étape 2/8 : balance", "Étape 7/8 : budget et programme de l'année qui vient",
                "Étape 8/8 : rapports");
        assertThat(first.out()).startsWith("Clôture — ").doesNotContain("Étape");

        CliRunner.Result check = CliRunner.run(work, "check");

        assertThat(check.err()).contains("Étape 1/8 : chargement des fichiers", "Étape 8/8 : classeur des contrôles")
                .doesNotContain("ligne(s) lue(s)");
    }
}
