package org.cloture.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A year without activity log, volunteer hours nor narrative still gives a report, saying which file is missing. */
class BoardPdfMissingFilesFunctionalTests {

    @TempDir
    Path work;

    @Test
    void missingSectionsSayWhichFileToAdd() throws Exception {
        CliRunner.copyDemoInput(work);
        Path year = work.resolve("input/2023");
        Files.delete(year.resolve("activites.xlsx"));
        Files.delete(year.resolve("benevolat.xlsx"));
        Files.delete(year.resolve("rapport.md"));

        CliRunner.Result result = CliRunner.run(work, "run", "--year", "2023");

        Path pdf = work.resolve("reports/2023/rapport-activite-2023.pdf");
        assertThat(pdf).as(result.out() + result.err()).isNotEmptyFile();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Aucun journal des actions n'a été lu pour 2023",
                    "Aucun relevé des heures de bénévolat n'a été lu pour 2023",
                    "input/2023/rapport.md", "Les activités", "Le bénévolat", "Données financières");
        }
        assertThat(org.cloture.report.pdf.PdfAValidation.failures(Files.readAllBytes(pdf))).isEmpty();
    }
}
