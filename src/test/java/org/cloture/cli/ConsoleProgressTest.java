package org.cloture.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.cloture.ingest.DropFolderIngest;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {

    private final StringWriter text = new StringWriter();
    private final ConsoleProgress progress = new ConsoleProgress(new PrintWriter(text, true));

    @Test
    void aStageALoadedFileAndALineEveryHundredThousandRowsOfALargeFile() {
        progress.stageStarted("yearEnd", "ingest", 1, 7);
        progress.fileStarted(2023, "grand-livre.txt", 1L << 30);
        for (long rows = 10_000; rows <= 250_000; rows += 10_000) {
            progress.rowsStored(2023, "grand-livre.txt", rows);
        }
        progress.rowsStored(2023, "grand-livre.txt", 253_417);
        progress.fileFinished(2023, "grand-livre.txt", DropFolderIngest.Outcome.LOADED, 253_417);
        progress.fileFinished(2023, "cassé.xlsx", DropFolderIngest.Outcome.IGNORED, 0);
        progress.stageStarted("yearEnd", "ledger", 2, 7);

        assertThat(text.toString().replace('\u202F', ' ')).isEqualTo("""
                Étape 1/7 : chargement des fichiers
                  2023/grand-livre.txt : 100 000 lignes écrites…
                  2023/grand-livre.txt : 200 000 lignes écrites…
                  2023/grand-livre.txt : 253 417 ligne(s) lue(s)
                  2023/cassé.xlsx : mis de côté (voir les contrôles)
                Étape 2/7 : balance
                """.replace("\n", System.lineSeparator()));
    }
}
