package org.cloture.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cloture.source.CheckGuard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A board report that is never silently wrong: a figure whose source was not read is "non disponible" (null,
 * empty cell with a note) in every output and every N-1 column, and a check that throws in any stage becomes a
 * CHECK_FAILED finding while every other output is still written (exit 2, no stack trace on the console).
 */
class RobustClosingFunctionalTests {

    @TempDir
    Path work;

    @Test
    void aMissingRegisterAndAYearWithoutVolunteerFileAreNonDisponibleNeverZero() throws IOException {
        Path input = CliRunner.copyDemoInput(work);
        Files.delete(input.resolve("2023/adherents.xlsx"));
        Files.delete(input.resolve("2022/benevolat.csv"));

        CliRunner.Result result = CliRunner.run(work, "run", "--year", "2023", "--no-send");

        assertThat(result.exitCode()).as(result.out() + result.err()).isIn(ClotureCli.DONE, ClotureCli.BLOCKING_FINDINGS);
        JsonNode json = JsonMapper.builder().build().readTree(work.resolve("reports/2023/chiffres-cles-2023.json").toFile());
        JsonNode figures = json.get("keyFigures");
        for (String figure : new String[] {"members", "legalPersons", "naturalPersons", "newMembers", "leavers"}) {
            assertThat(figures.get(figure).isNull()).as(figure).isTrue();
            assertThat(figures.get("unavailable").get(figure).asString()).contains("registre des adhérents");
        }
        assertThat(figures.get("volunteers").asInt()).isPositive();
        assertThat(json.get("changes").get("members").get("value").isNull()).isTrue();
        assertThat(json.get("changes").get("volunteers").get("previous").isNull()).isTrue();
        JsonNode series2022 = json.get("series").get(0);
        assertThat(series2022.get("year").asInt()).isEqualTo(2022);
        assertThat(series2022.get("volunteers").isNull()).isTrue();
        assertThat(series2022.get("members").asInt()).isPositive();
        assertThat(json.get("checks").toString()).contains("FIGURES_UNAVAILABLE", "registre des adhérents");

        try (PDDocument document = Loader.loadPDF(work.resolve("reports/2023/rapport-activite-2023.pdf").toFile())) {
            String text = new PDFTextStripper().getText(document).replace('\u00a0', ' ').replaceAll("\\s+", " ");
            assertThat(text).contains("non disponible", "aucun registre des adhérents pour 2023",
                    "2022 : non disponible (aucun fichier de bénévolat pour 2022)");
            assertThat(text).doesNotContain(" 0 Adhérents ");
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(
                Files.newInputStream(work.resolve("reports/2023/etats-financiers-2023.xlsx")))) {
            Sheet sheet = workbook.getSheet("Chiffres clés");
            Row members = sheet.getRow(1);
            assertThat(members.getCell(0).getStringCellValue()).isEqualTo("Adhérents");
            assertThat(members.getCell(1).getStringCellValue()).isEmpty();
            assertThat(members.getCell(1).getCellComment().getString().getString())
                    .contains("Non disponible", "registre des adhérents");
            assertThat(members.getCell(2).getNumericCellValue()).isPositive();
        }
    }

    @Test
    void anUnreadableRegisterIsNonDisponibleWithItsReasonAndBlocks() throws IOException {
        Path input = CliRunner.copyDemoInput(work);
        Files.write(input.resolve("2023/adherents.xlsx"), "PK\u0003\u0004 broken zip".getBytes());

        CliRunner.Result result = CliRunner.run(work, "check", "--year", "2023");

        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(ClotureCli.BLOCKING_FINDINGS);
        JsonNode figures = JsonMapper.builder().build()
                .readTree(work.resolve("reports/2023/chiffres-cles-2023.json").toFile()).get("keyFigures");
        assertThat(figures.get("members").isNull()).isTrue();
        assertThat(figures.get("unavailable").get("members").asString()).contains("adherents.xlsx");
    }

    /** A FEC line the code cannot handle costs that line only: the file's other lines load and the run goes on. */
    @Test
    void aFecLineThatThrowsIsRejectedAloneAndTheRestOfTheFileLoads() throws IOException {
        CliRunner.copyDemoInput(work);
        CliRunner.Result result = runWithFailureOf("ingest/fec-line-5", "check", "--year", "2023");

        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(ClotureCli.BLOCKING_FINDINGS);
        assertThat(result.out() + result.err()).doesNotContain("\tat org.", "Injected failure");
        JsonNode json = JsonMapper.builder().build()
                .readTree(work.resolve("reports/2023/chiffres-cles-2023.json").toFile());
        JsonNode fec = null;
        for (JsonNode file : json.get("files")) {
            if (file.get("name").asString().endsWith("FEC20231231.txt")) {
                fec = file;
            }
        }
        assertThat(fec).as("the FEC in files[]").isNotNull();
        assertThat(fec.get("rowsRejected").asInt()).isEqualTo(1);
        assertThat(fec.get("rowsLoaded").asInt()).isEqualTo(fec.get("rowsRead").asInt() - 1).isGreaterThan(100);
        assertThat(Files.readString(work.resolve("reports/2023/chiffres-cles-2023.json")))
                .contains("\"id\" : \"CHECK_FAILED\"", "FEC20231231.txt:5");
        assertThat(Files.readString(work.resolve("data/cloture.log"))).contains("Injected failure of ingest/fec-line-5");
    }

    /** One failing check per stage: the run goes on, writes every other output and exits 2. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "ingest/year-folder, check",
            "ledger/trial-balance, check",
            "statements/statements, check",
            "annex/evolution, check",
            "reconcile/fees-by-member, check",
            "figures/key-figures, check",
            "report/pdf-key-figures, run",
    })
    void aCheckThatThrowsInAnyStageIsACheckFailedFindingAndTheOtherOutputsAreWritten(String check, String command)
            throws IOException {
        CliRunner.copyDemoInput(work);
        CliRunner.Result result = command.equals("run")
                ? runWithFailureOf(check, command, "--year", "2023", "--no-send")
                : runWithFailureOf(check, command, "--year", "2023");

        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(ClotureCli.BLOCKING_FINDINGS);
        assertThat(result.out() + result.err()).contains("erreur inattendue")
                .doesNotContain("Exception", "\tat org.", "Injected failure");
        assertThat(work.resolve("reports/2023/controles-2023.xlsx")).isNotEmptyFile();
        assertThat(Files.readString(work.resolve("reports/2023/chiffres-cles-2023.json")))
                .contains("\"id\" : \"CHECK_FAILED\"", "\"provisional\" : true");
        assertThat(Files.readString(work.resolve("data/cloture.log"))).contains("Injected failure of " + check);
        if (command.equals("run")) {
            assertThat(work.resolve("reports/2023/etats-financiers-2023.xlsx")).isNotEmptyFile();
            try (PDDocument document = Loader.loadPDF(work.resolve("reports/2023/rapport-activite-2023.pdf").toFile())) {
                assertThat(new PDFTextStripper().getText(document)).contains("PROVISOIRE",
                        "Cette partie n'a pas pu être produite");
            }
        }
    }

    /**
     * The statements workbook is made while the board PDF renders: one that cannot be written is still a finding
     * the PDF lists (the PDF is rendered again, PROVISOIRE), and the other outputs are written.
     */
    @Test
    void aStatementsWorkbookThatFailsWhileThePdfRendersIsListedByThePdf() throws IOException {
        CliRunner.copyDemoInput(work);
        CliRunner.Result result = runWithFailureOf("report/statements-workbook", "run", "--year", "2023", "--no-send");

        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(ClotureCli.BLOCKING_FINDINGS);
        assertThat(work.resolve("reports/2023/etats-financiers-2023.xlsx")).doesNotExist();
        assertThat(work.resolve("reports/2023/controles-2023.xlsx")).isNotEmptyFile();
        assertThat(Files.readString(work.resolve("reports/2023/chiffres-cles-2023.json")))
                .contains("\"id\" : \"CHECK_FAILED\"", "etats-financiers-2023.xlsx", "\"provisional\" : true");
        try (PDDocument document = Loader.loadPDF(work.resolve("reports/2023/rapport-activite-2023.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("PROVISOIRE");
        }
    }

    /** The command on the copied demo, with the named check made to throw (CheckGuard's testing hook). */
    private CliRunner.Result runWithFailureOf(String check, String command, String... extra) {
        System.setProperty(CheckGuard.INJECT_PROPERTY, check);
        try {
            return CliRunner.run(work, command, extra);
        } finally {
            System.clearProperty(CheckGuard.INJECT_PROPERTY);
        }
    }
}
