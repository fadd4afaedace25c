package org.cloture.report.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;
import org.cloture.ingest.RejectedRow;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;
import org.junit.jupiter.api.Test;

class DropFeedbackTest {

    private static final LocalDateTime AT = LocalDateTime.of(2024, 3, 15, 6, 0, 5);

    @Test
    void aLoadedFileSaysWhatWasRecognisedHowManyRowsAndWhereTheRejectedOnesAre() {
        RejectedRow rejected = new RejectedRow(SourceLocation.ofRow("adherents.xlsx", "Adhérents", 14), "A-14;;",
                "date d'adhésion illisible « 31/02/2023 »");
        Finding finding = Finding.of(CheckId.FILE_DUPLICATE,
                new SourceLocation("adherents.xlsx", "Adhérents", 20, "Cotisation"), null, "autre.xlsx");

        String text = DropFeedback.render(new FileFeedback("adherents.xlsx", 2023, FileFeedback.Status.LOADED, AT,
                "MEMBERS,ACTIVITIES", 120, 119, 1, List.of(rejected), List.of(finding)));

        assertThat(text).contains("Fichier déposé : adherents.xlsx (exercice 2023)",
                "Examiné le 15/03/2024 à 06:00:05",
                "Reconnu : adhérents, actions",
                "Lignes lues : 120 — chargées : 119 — rejetées : 1",
                "  - feuille « Adhérents », ligne 14 : date d'adhésion illisible « 31/02/2023 »",
                "[Avertissement] feuille « Adhérents », ligne 20, colonne « Cotisation » — Fichier identique à « autre.xlsx »",
                "Que faire : Supprimez la copie");
    }

    @Test
    void aFileWithNothingRecognisedPointsToTheContract() {
        String text = DropFeedback.render(new FileFeedback("notes.csv", 2023, FileFeedback.Status.LOADED, AT, null,
                0, 0, 0, List.of(), List.of()));

        assertThat(text).contains("Reconnu : non reconnu", "input/README.md");
    }

    @Test
    void longListsStopAndPointToTheControlsWorkbook() {
        List<RejectedRow> rows = IntStream.rangeClosed(1, 250).mapToObj(row ->
                new RejectedRow(SourceLocation.ofRow("fec.txt", null, row), "", "montant illisible")).toList();

        String text = DropFeedback.render(new FileFeedback("fec.txt", 2023, FileFeedback.Status.LOADED, AT, "FEC",
                250, 0, 250, rows, List.of()));

        assertThat(text).contains("ligne 200 :", "… et 50 autre(s) : voir controles-2023.xlsx").doesNotContain("ligne 201 :");
    }

    @Test
    void aWithdrawnFileAndADuplicateSayThatNothingWasLoaded() {
        assertThat(DropFeedback.render(new FileFeedback("old.xlsx", 2023, FileFeedback.Status.WITHDRAWN, AT, null, 0,
                0, 0, List.of(), List.of()))).contains("retiré du dossier");
        assertThat(DropFeedback.render(new FileFeedback("copie.xlsx", 2023, FileFeedback.Status.DUPLICATE, AT, null,
                0, 0, 0, List.of(), List.of()))).contains("copie identique");
    }

    @Test
    void theNoteGoesToTheReportsFolderOfTheYearNeverBesideTheInput() {
        assertThat(DropFeedback.fileFor(Path.of("reports"), 2023, "adherents.xlsx"))
                .isEqualTo(Path.of("reports/2023/depots/adherents.xlsx.txt"));
    }
}
