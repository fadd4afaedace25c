package org.cloture.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per exit code of the command-line contract: 0 done, 2 blocking findings, 1 failure. */
class ExitCodeFunctionalTests {

    @TempDir
    Path work;

    @Test
    void zeroWhenTheYearClosesWithoutBlockingFindings() {
        CliRunner.copyDemoInput(work);

        CliRunner.Result result = CliRunner.run(work, "run", "--year", "2023");

        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(ClotureCli.DONE);
        assertThat(result.out()).contains("0 bloquant(s)");
    }

    @Test
    void twoWhenAnEntryIsUnbalancedAndTheReportIsStillWrittenAsProvisional() throws IOException {
        Path input = CliRunner.copyDemoInput(work);
        Path fec = input.resolve("2023/900000001FEC20231231.txt");
        List<String> lines = Files.readAllLines(fec, StandardCharsets.UTF_8);
        String[] fields = lines.get(10).split("\t", -1);
        String amountColumnValue = fields[11].equals("0,00") ? fields[12] : fields[11];
        int column = fields[11].equals("0,00") ? 12 : 11;
        fields[column] = "1" + amountColumnValue;
        lines.set(10, String.join("\t", fields));
        Files.write(fec, lines, StandardCharsets.UTF_8);

        CliRunner.Result result = CliRunner.run(work, "run", "--year", "2023");

        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(ClotureCli.BLOCKING_FINDINGS);
        assertThat(result.out()).contains("déséquilibrée", "PROVISOIRE");
        Path pdf = work.resolve("reports/2023/rapport-activite-2023.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("PROVISOIRE");
        }
        assertThat(Files.readString(work.resolve("reports/2023/chiffres-cles-2023.json")))
                .contains("\"provisional\" : true", "\"id\" : \"FEC_UNBALANCED_ENTRY\"",
                        "\"source\" : \"900000001FEC20231231.txt:2\"");
    }

    @Test
    void oneWhenTheReportsCannotBeWritten() throws IOException {
        CliRunner.copyDemoInput(work);
        Files.writeString(work.resolve("reports"), "not a folder");

        CliRunner.Result result = CliRunner.run(work, "run");

        assertThat(result.exitCode()).isEqualTo(ClotureCli.FAILURE);
        assertThat(result.err()).contains("Échec de l'exercice 2025");
    }

    @Test
    void oneWhenTheDropFolderDoesNotExist() {
        CliRunner.Result result = CliRunner.run(work, "run");

        assertThat(result.exitCode()).isEqualTo(ClotureCli.FAILURE);
        assertThat(result.err()).contains("Dossier de dépôt introuvable");
    }

    @Test
    void oneForAnUnknownOption() {
        CliRunner.Result result = CliRunner.run("run", "--yaer", "2023");

        assertThat(result.exitCode()).isEqualTo(ClotureCli.FAILURE);
    }

    @Test
    void everyCommandHasItsHelp() {
        for (String command : List.of("run", "check")) {
            CliRunner.Result result = CliRunner.run(command, "--help");
            assertThat(result.exitCode()).isZero();
            assertThat(result.out()).contains("--year", "--input", "--reports", "--data");
        }
        assertThat(CliRunner.run("--help").out()).contains("run", "check");
    }

    @Test
    void checkWritesTheControlsWorkbookAndPrintsEveryFinding() throws IOException {
        Path input = CliRunner.copyDemoInput(work);
        Files.writeString(input.resolve("2023/inconnu.csv"), "Colonne A;Colonne B\n1;2\n", StandardCharsets.UTF_8);

        CliRunner.Result result = CliRunner.run(work, "check", "--year", "2023");

        // A spreadsheet that is no known source blocks the closing until it is mapped, fixed or ignored.
        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(ClotureCli.BLOCKING_FINDINGS);
        assertThat(result.out()).contains("inconnu.csv", "Fichier non reconnu", "Tableur non reconnu");
        assertThat(work.resolve("reports/2023/controles-2023.xlsx")).isNotEmptyFile();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                Files.newInputStream(work.resolve("reports/2023/controles-2023.xlsx")))) {
            List<String> sheets = new java.util.ArrayList<>();
            workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertThat(sheets).containsSubsequence("Synthèse", "Contrôles", "Fichiers", "Lignes rejetées", "Fichiers lus");
            var unrecognised = workbook.getSheet("Fichiers").getRow(1);
            assertThat(unrecognised.getCell(9).getStringCellValue()).isEqualTo("FILE_UNRECOGNISED");
            assertThat(unrecognised.getCell(1).getStringCellValue()).isEqualTo("inconnu.csv");
            assertThat(workbook.getSheet("Synthèse").getRow(1).getCell(2).getNumericCellValue()).isEqualTo(1.0);

        }
        assertThat(Files.readString(work.resolve("reports/2023/chiffres-cles-2023.json")))
                .contains("\"id\" : \"FILE_UNRECOGNISED\"", "\"family\" : \"files\"", "\"source\" : \"inconnu.csv\"",
                        "\"id\" : \"SPREADSHEET_UNRECOGNISED\"");
        assertThat(work.resolve("reports/2023/rapport-activite-2023.pdf")).doesNotExist();
    }
}
