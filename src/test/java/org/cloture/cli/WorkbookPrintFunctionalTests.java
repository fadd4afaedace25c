package org.cloture.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's two workbooks as a treasurer or an auditor opens and prints them: the line's name first and the
 * internal code hidden, totals in bold, every sheet set up for A4 with its header repeated and a footer, the
 * findings sheets filtered and coloured by rule; then LibreOffice prints them and the pages are counted.
 */
class WorkbookPrintFunctionalTests {

    private static final String ASSOCIATION = "Réseau des Musées de la Vallée de la Lys";

    @TempDir
    static Path work;

    private static Path statements;
    private static Path controls;

    @BeforeAll
    static void closeTheDemoYear() {
        CliRunner.copyDemoInput(work);
        CliRunner.Result result = CliRunner.run(work, "run");
        assertThat(result.exitCode()).as(result.out() + result.err()).isIn(0, 2);
        statements = work.resolve("reports/2025/etats-financiers-2025.xlsx");
        controls = work.resolve("reports/2025/controles-2025.xlsx");
    }

    @Test
    void aStatementLineReadsNameFirstAmountsSideBySideAndItsCodeLastAndHidden() throws IOException {
        try (XSSFWorkbook workbook = open(statements)) {
            XSSFSheet income = workbook.getSheet("Compte de résultat");
            assertThat(headers(income)).startsWith("Poste", "2025", "2024", "Comptes").endsWith("Code");
            assertThat(income.isColumnHidden(headers(income).size() - 1)).isTrue();
            XSSFSheet balance = workbook.getSheet("Bilan");
            assertThat(headers(balance)).startsWith("Poste", "Brut 2025", "Amort. et dépréc.", "Net 2025", "Net 2024")
                    .endsWith("Code");
            assertThat(balance.isColumnHidden(headers(balance).size() - 1)).isTrue();
            assertThat(headers(workbook.getSheet("Annexe"))).startsWith("Compte", "Libellé").endsWith("Poste du bilan");
        }
    }

    @Test
    void totalsAreBoldAndOrdinaryLinesAreNot() throws IOException {
        try (XSSFWorkbook workbook = open(statements)) {
            XSSFSheet income = workbook.getSheet("Compte de résultat");
            List<Boolean> boldAmounts = new ArrayList<>();
            for (Row row : income) {
                Cell amount = row.getCell(1);
                if (row.getRowNum() > 0 && amount != null && amount.getCellType() == CellType.NUMERIC) {
                    boolean bold = ((XSSFCellStyle) amount.getCellStyle()).getFont().getBold();
                    boldAmounts.add(bold);
                    if (row.getCell(0).getStringCellValue().startsWith("TOTAL")) {
                        assertThat(bold).as(row.getCell(0).getStringCellValue()).isTrue();
                    }
                }
            }
            assertThat(boldAmounts).contains(true, false);
        }
    }

    @Test
    void everySheetIsSetUpForPrinting() throws IOException {
        for (Path file : List.of(statements, controls)) {
            try (XSSFWorkbook workbook = open(file)) {
                for (int index = 0; index < workbook.getNumberOfSheets(); index++) {
                    XSSFSheet sheet = workbook.getSheetAt(index);
                    String name = file.getFileName() + " / " + sheet.getSheetName();
                    assertThat(sheet.getFitToPage()).as(name).isTrue();
                    assertThat(sheet.getPrintSetup().getFitWidth()).as(name).isEqualTo((short) 1);
                    assertThat(sheet.getPrintSetup().getFitHeight()).as(name)
                            .isEqualTo((short) (sheet.getLastRowNum() < 70 ? 1 : 0));
                    assertThat(sheet.getRepeatingRows()).as(name).isNotNull();
                    assertThat(sheet.getRepeatingRows().getFirstRow()).as(name).isZero();
                    assertThat(sheet.getRepeatingRows().getLastRow()).as(name).isZero();
                    assertThat(workbook.getPrintArea(index)).as(name).isNotNull();
                    assertThat(sheet.getFooter().getLeft()).as(name).isEqualTo(ASSOCIATION + " — 2025");
                    assertThat(sheet.getFooter().getCenter()).as(name).isEqualTo("&A");
                    assertThat(sheet.getFooter().getRight()).as(name).isEqualTo("page &P / &N");
                    assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
                }
            }
        }
        try (XSSFWorkbook workbook = open(statements)) {
            assertThat(workbook.getSheet("Compte de résultat").getPrintSetup().getLandscape()).isTrue();
            assertThat(workbook.getSheet("Évolution").getPrintSetup().getLandscape()).isFalse();
        }
    }

    @Test
    void findingsSheetsHaveAFilterAndTheirSeverityColouredByRule() throws IOException {
        try (XSSFWorkbook workbook = open(controls)) {
            XSSFSheet findings = workbook.getSheet("Contrôles");
            assertThat(headers(findings)).startsWith("Gravité", "Fichier", "Feuille", "Ligne", "Colonne", "Valeur",
                    "Message", "Que faire");
            assertThat(findings.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(findings.getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:J");
            assertThat(findings.getSheetConditionalFormatting().getNumConditionalFormattings()).isEqualTo(1);
            ConditionalFormatting severity = findings.getSheetConditionalFormatting().getConditionalFormattingAt(0);
            assertThat(severity.getFormattingRanges()[0].formatAsString()).startsWith("A2:A");
            assertThat(severity.getNumberOfRules()).isEqualTo(3);
            assertThat(severity.getRule(0).getFormula1()).isEqualTo("\"Bloquant\"");
            // Colours come from the rule only: the cells themselves carry no fill.
            assertThat(((XSSFCellStyle) findings.getRow(1).getCell(0).getCellStyle()).getFillPattern().getCode())
                    .isZero();
            assertThat(workbook.getSheet("Lignes rejetées").getCTWorksheet().isSetAutoFilter()).isTrue();
        }
    }

    @Test
    void libreOfficePrintsTheStatementsOnAtMostTenPagesAndTheControlsOnAtMostEight() throws Exception {
        Path pdfs = Files.createDirectories(work.resolve("pdf"));
        convertToPdf(pdfs, statements, controls);
        try (PDDocument pdf = Loader.loadPDF(pdfs.resolve("etats-financiers-2025.pdf").toFile())) {
            assertThat(pdf.getNumberOfPages()).isBetween(4, 10);
            String first = pageText(pdf, 1);
            assertThat(first).contains("Poste", "2025", "2024", "Comptes").doesNotContain("CR_", "operatingIncome");
            assertThat(first).contains(ASSOCIATION + " — 2025", "Compte de résultat", "page 1 / ");
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                assertThat(pageText(pdf, page)).as("page " + page).contains("page " + page + " / ");
            }
        }
        try (PDDocument pdf = Loader.loadPDF(pdfs.resolve("controles-2025.pdf").toFile())) {
            assertThat(pdf.getNumberOfPages()).isBetween(3, 8);
            assertThat(pageText(pdf, 1)).contains("Famille de contrôles", "Bloquants", ASSOCIATION + " — 2025");
        }
    }

    private static void convertToPdf(Path outputs, Path... workbooks) throws Exception {
        String office = office();
        boolean ci = System.getenv("CI") != null;
        assumeTrue(office != null || ci, "LibreOffice (libreoffice-calc) not installed; .ci/run installs it");
        assertThat(office).as("LibreOffice must be installed in CI").isNotNull();
        List<String> command = new ArrayList<>(List.of(office, "--headless", "--norestore",
                "-env:UserInstallation=" + work.resolve("lo-profile").toUri(), "--convert-to", "pdf", "--outdir",
                outputs.toString()));
        for (Path workbook : workbooks) {
            command.add(workbook.toString());
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("soffice.log").toFile()).start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
        assertThat(process.exitValue()).as(Files.readString(work.resolve("soffice.log"))).isZero();
    }

    private static String office() {
        for (String candidate : List.of("/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/lib/libreoffice/program/soffice")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        return null;
    }

    private static String pageText(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }

    private static List<String> headers(XSSFSheet sheet) {
        List<String> headers = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
        return headers;
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        // From a stream: a workbook opened on its File is written back when closed.
        return new XSSFWorkbook(Files.newInputStream(file));
    }
}
