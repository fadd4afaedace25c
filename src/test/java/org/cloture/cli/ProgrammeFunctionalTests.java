package org.cloture.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cloture programme --year 2026} on the demo association, with a second planning sheet whose rows have
 * faults and a budget line that maps to no line of the compte de résultat: the programme is written, the
 * findings are in the controls workbook like any other row, the unmapped budget line is blocking, and the
 * activity report is not written by this command.
 */
class ProgrammeFunctionalTests {

    @TempDir
    static Path work;

    private static CliRunner.Result result;

    @BeforeAll
    static void runTheProgramme() throws IOException {
        Path input = CliRunner.copyDemoInput(work);
        Files.writeString(input.resolve("2026").resolve("actions-complementaires.csv"), """
                Projet;Action prévue;Calendrier;Lieu;Objectif chiffré;Unité
                Transition écologique;Bilan carbone du réseau;;;;
                Transition écologique;Formation écoconception;mars 2027;Lille;2;sessions
                Transition écologique;Plateforme de dons de matériel;automne;;40;
                """, StandardCharsets.UTF_8);
        Files.writeString(input.resolve("2026").resolve("budget-complement.csv"), """
                Poste;Budget 2026
                Divers et imprévus;1 000,00
                """, StandardCharsets.UTF_8);
        result = CliRunner.run(work, "programme", "--year", "2026");
    }

    @Test
    void writesTheProgrammeAndNotTheActivityReportAndBlocksOnTheUnmappedBudgetLine() throws IOException {
        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(ClotureCli.BLOCKING_FINDINGS);
        Path programme = work.resolve("reports").resolve("2026").resolve("programme-activites-2026.pdf");
        assertThat(programme).isNotEmptyFile();
        assertThat(work.resolve("reports").resolve("2025").resolve("rapport-activite-2025.pdf")).doesNotExist();
        try (PDDocument pdf = Loader.loadPDF(programme.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("PROVISOIRE", "Transition écologique", "Bilan carbone du réseau",
                    "date à préciser");
        }
    }

    @Test
    void theFindingsAreInTheControlsWorkbookWithTheirRows() throws IOException {
        List<String> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(
                work.resolve("reports").resolve("2025").resolve("controles-2025.xlsx")))) {
            var sheet = workbook.getSheet("Programme et budget");
            assertThat(sheet).isNotNull();
            for (Row row : sheet) {
                StringBuilder line = new StringBuilder();
                row.forEach(cell -> line.append(cell.toString()).append(" | "));
                rows.add(line.toString());
            }
        }
        String all = String.join("\n", rows);
        assertThat(all).contains("Bilan carbone du réseau", "sans date", "Formation écoconception", "mars 2027",
                "Plateforme de dons de matériel", "sans unité", "Divers et imprévus",
                "2026/actions-complementaires.csv", "2026/budget-complement.csv")
                .doesNotContain("%s");
    }
}
