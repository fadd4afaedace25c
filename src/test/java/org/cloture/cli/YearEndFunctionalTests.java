package org.cloture.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.DeserializationFeature;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The year-end job end to end on the demo association: the command a treasurer types, the four outputs,
 * and their figures checked against an independent reading of the FEC. The latest demo year is 2025, the
 * first in the amended presentation (ANC 2018-06 after the modernised chart), with its 2024 column restated.
 */
class YearEndFunctionalTests {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @TempDir
    static Path work;

    private static CliRunner.Result result;
    private static Path reports;
    private static JsonNode figures;

    @BeforeAll
    static void runTheDemoYear() throws IOException {
        CliRunner.copyDemoInput(work);
        result = CliRunner.run(work, "run");
        reports = work.resolve("reports").resolve("2025");
        figures = JSON.readTree(reports.resolve("chiffres-cles-2025.json").toFile());
    }

    @Test
    void runsTheLatestYearAndExitsZero() {
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).contains("exercice 2025", "rapport-activite-2025.pdf");
    }

    @Test
    void alsoWritesTheProgrammeOfTheComingYearAndComparesTheBudget() throws IOException {
        Path programme = work.resolve("reports").resolve("2026").resolve("programme-activites-2026.pdf");
        assertThat(result.out()).contains("programme-activites-2026.pdf");
        try (PDDocument pdf = Loader.loadPDF(programme.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Programme d'activités 2026", "Le mot de la présidente",
                    "Faire connaître les musées du réseau", "Campagnes de prises de vue des collections",
                    "Budget prévisionnel 2026", "Réalisé 2025", "Annexe : les structures adhérentes");
        }
        try (PDDocument pdf = Loader.loadPDF(reports.resolve("rapport-activite-2025.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Budget 2025 et réalisé", "Écart en %", "Le programme d'activités 2026 prévoit");
        }
        JsonNode budget = figures.get("budget");
        assertThat(budget.get("budgetYear").asInt()).isEqualTo(2025);
        assertThat(budget.get("balanced").asBoolean()).isTrue();
        JsonNode fees = budget.get("lines").get(0);
        assertThat(fees.get("code").asText()).isEqualTo("CR_COTISATIONS");
        assertThat(fees.get("budget").decimalValue()).isEqualByComparingTo("8500");
        assertThat(fees.get("actual").decimalValue()).isEqualByComparingTo("8796");
        assertThat(fees.get("difference").decimalValue()).isEqualByComparingTo("296");
        assertThat(budget.get("comingYear").get("budgetYear").asInt()).isEqualTo(2026);
        assertThat(figures.get("programme").get("plannedActions").asInt()).isEqualTo(12);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                Files.newInputStream(reports.resolve("etats-financiers-2025.xlsx")))) {
            var sheet = workbook.getSheet("Budget");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith("Budget 2025 / réalisé 2025");
            var row = sheet.getRow(2);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("Cotisations");
            assertThat(row.getCell(5).getStringCellValue()).isEqualTo("CR_COTISATIONS");
            assertThat(row.getCell(1).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(8500.0);
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(8796.0);
            // The difference in % is a number shown as a percentage, never with the currency sign.
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(3.5);
            assertThat(row.getCell(4).getCellStyle().getDataFormatString()).contains("%").doesNotContain("€");
        }
    }

    @Test
    void writesTheFourOutputs() {
        assertThat(reports.resolve("rapport-activite-2025.pdf")).isNotEmptyFile();
        assertThat(reports.resolve("etats-financiers-2025.xlsx")).isNotEmptyFile();
        assertThat(reports.resolve("controles-2025.xlsx")).isNotEmptyFile();
        assertThat(reports.resolve("chiffres-cles-2025.json")).isNotEmptyFile();
    }

    @Test
    void thePdfOpensAndNamesTheAssociationAndItsStatements() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(reports.resolve("rapport-activite-2025.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Réseau des Musées de la Vallée de la Lys", "Compte de résultat", "Bilan",
                    "Les chiffres clés", "Contributions volontaires en nature", "Base : FEC, compte 875000",
                    "Annexe").doesNotContain("PROVISOIRE");
            // Every section of the report, in the order of a published report.
            List<String> sections = List.of("Sommaire", "Le mot de la présidente", "Les faits marquants",
                    "Perspectives 2026", "Les chiffres clés", "La vie associative", "Les activités", "Le bénévolat",
                    "Données financières", "Contrôles");
            int previous = -1;
            for (String section : sections) {
                int at = text.indexOf(section + "\n", previous + 1);
                assertThat(at).as("section %s after the previous one", section).isGreaterThan(previous);
                previous = at;
            }
            assertThat(text).contains("Assemblée générale du 30 mai 2026", "Exercice clos le 31 décembre 2025",
                    "Répartition des produits", "Répartition des charges", "Synthèse des contrôles");
        }
    }

    @Test
    void thePdfShowsTheBoardTheMeetingsTheHighlightsAndTheMonthlyChartsFromTheKeyFigures() throws IOException {
        JsonNode keyFigures = figures.get("keyFigures");
        try (PDDocument pdf = Loader.loadPDF(reports.resolve("rapport-activite-2025.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("[ \u00a0\u202f]+", " ");
            assertThat(text).contains("Le conseil d'administration", "Les réunions statutaires",
                    "Les nouvelles structures adhérentes", "Actions et participants par catégorie", "Les faits marquants",
                    "Actions par mois", "Heures de bénévolat par activité", "Heures de bénévolat par mois");
            // Board officers are the only natural persons named: each one, with the role the register gives.
            keyFigures.get("board").forEach(officer ->
                    assertThat(text).contains(officer.get("label").asText() + " : " + officer.get("name").asText()));
            int ag = keyFigures.get("generalAssemblies").asInt();
            int ca = keyFigures.get("boardMeetings").asInt();
            assertThat(text).contains(ag + " assemblée" + (ag > 1 ? "s générales" : " générale"),
                    ca + " conseil" + (ca > 1 ? "s" : "") + " d'administration");
            keyFigures.get("newLegalPersons").forEach(name -> assertThat(text).contains(name.asText()));
            keyFigures.get("highlights").forEach(highlight -> assertThat(text).contains(highlight.get("title").asText()));
            // The resources table prints the JSON's incomeShares: same labels, same percentages.
            assertThat(text).contains("Les ressources de l'exercice");
            keyFigures.get("incomeShares").forEach(share -> assertThat(text).contains(share.get("label").asText() + " ")
                    .contains(org.cloture.money.FrenchFormat.decimal(share.get("percent").decimalValue(), 1) + " %"));
        }
    }

    @Test
    void thePdfPrintsEveryTotalOfTheStatementsAsTheJsonHasIt() throws IOException {
        JsonNode totals = figures.get("incomeStatement").get("totals");
        JsonNode bilan = figures.get("balanceSheet");
        try (PDDocument pdf = Loader.loadPDF(reports.resolve("rapport-activite-2025.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            for (String total : List.of("operatingResult", "totalIncome", "totalExpenses", "netResult")) {
                String amount = org.cloture.money.FrenchFormat.amount(totals.get(total).decimalValue());
                assertThat(text).as(total).contains(amount);
            }
            assertThat(text).contains("Total actif", "Total passif");
            assertThat(text).contains(org.cloture.money.FrenchFormat.amount(bilan.get("totalAssets").decimalValue()));
            // A deficit prints with a minus sign, never unsigned.
            assertThat(text).contains("\u22124" + "\u202F" + "275,18");
        }
    }

    @Test
    void theDemoPdfIsPdfA2bWithEveryFontEmbedded() throws Exception {
        byte[] pdf = Files.readAllBytes(reports.resolve("rapport-activite-2025.pdf"));
        assertThat(org.cloture.report.pdf.PdfAValidation.failures(pdf)).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> fonts = new java.util.ArrayList<>();
            for (var page : document.getPages()) {
                org.cloture.report.pdf.PdfAValidation.collectFonts(page.getResources(), fonts);
            }
            assertThat(fonts).isNotEmpty().allMatch(name -> name.contains("DejaVuSans"));
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("fr");
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged").isTrue();
        }
    }

    /**
     * Renders every page of the demo report to PNG (PDFBox, 100 dpi) under target/rapport-demo/, for review;
     * docs/rapport-demo/ keeps a copy in the repository. Also measures the rendering of the PDF alone.
     */
    @Test
    void rendersEveryPageOfTheDemoReportToPng() throws IOException {
        Path out = Path.of("target", "rapport-demo");
        Files.createDirectories(out);
        try (PDDocument document = Loader.loadPDF(reports.resolve("rapport-activite-2025.pdf").toFile())) {
            var renderer = new org.apache.pdfbox.rendering.PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                var image = renderer.renderImageWithDPI(page, 100, org.apache.pdfbox.rendering.ImageType.GRAY);
                Path png = out.resolve(String.format("page-%02d.png", page + 1));
                javax.imageio.ImageIO.write(image, "png", png.toFile());
                assertThat(png).isNotEmptyFile();
            }
        }
    }

    @Test
    void theBoardPdfShowsNoPersonalDataOfMembers() throws IOException {
        List<String> people = new java.util.ArrayList<>();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                Files.newInputStream(work.resolve("input/2025/adherents.xlsx")))) {
            var sheet = workbook.getSheetAt(0);
            int header = -1;
            Map<String, Integer> columns = new HashMap<>();
            for (var row : sheet) {
                if (header < 0) {
                    for (var cell : row) {
                        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                            columns.put(cell.getStringCellValue(), cell.getColumnIndex());
                        }
                    }
                    if (columns.containsKey("Prénom") && columns.containsKey("Email")) {
                        header = row.getRowNum();
                    } else {
                        columns.clear();
                    }
                    continue;
                }
                var first = row.getCell(columns.get("Prénom"));
                var name = row.getCell(columns.get("Nom"));
                var email = row.getCell(columns.get("Email"));
                var role = row.getCell(columns.get("Fonction"));
                // Board officers may be named (the président·e signs the narrative); no one else.
                boolean officer = role != null && !role.toString().isBlank();
                if (first != null && !first.toString().isBlank() && !officer) {
                    people.add(first + " " + name);
                    people.add(name + " " + first);
                }
                if (email != null && !email.toString().isBlank()) {
                    people.add(email.toString());
                }
            }
        }
        assertThat(people).hasSizeGreaterThan(100);
        try (PDDocument pdf = Loader.loadPDF(reports.resolve("rapport-activite-2025.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).doesNotContain("@");
            for (String person : people) {
                assertThat(text).as("personal data in the board PDF").doesNotContain(person);
            }
        }
    }

    @Test
    void thePdfShowsTheKeyFiguresOfTheJson() throws IOException {
        JsonNode key = figures.get("keyFigures");
        List<String> expected = List.of(
                org.cloture.money.FrenchFormat.integer(key.get("members").asInt()),
                org.cloture.money.FrenchFormat.integer(key.get("newMembers").asInt()),
                org.cloture.money.FrenchFormat.integer(key.get("volunteers").asInt()),
                org.cloture.money.FrenchFormat.decimal(key.get("volunteerHours").decimalValue(), 0),
                org.cloture.money.FrenchFormat.wholeAmount(key.get("volunteerValuation").decimalValue()),
                org.cloture.money.FrenchFormat.integer(key.get("actions").asInt()),
                org.cloture.money.FrenchFormat.integer(key.get("participants").asInt()),
                org.cloture.money.FrenchFormat.wholeAmount(key.get("totalIncome").decimalValue()),
                org.cloture.money.FrenchFormat.wholeAmount(key.get("totalExpenses").decimalValue()));
        try (PDDocument pdf = Loader.loadPDF(reports.resolve("rapport-activite-2025.pdf").toFile())) {
            String text = null;
            for (int page = 3; page <= pdf.getNumberOfPages() && text == null; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String pageText = stripper.getText(pdf);
                if (pageText.startsWith("Les chiffres clés")) {
                    text = pageText;
                }
            }
            assertThat(text).as("the key figures page").isNotNull();
            String keyFiguresPage = text;
            expected.forEach(value -> assertThat(keyFiguresPage).as("key figure %s", value).contains(value));
        }
    }

    @Test
    void theBalanceSheetBalances() {
        JsonNode bilan = figures.get("balanceSheet");
        assertThat(bilan.get("totalAssets").decimalValue()).isEqualByComparingTo(bilan.get("totalLiabilities").decimalValue());
        assertThat(bilan.get("totalAssets").decimalValue()).isEqualByComparingTo("112815.71");
    }

    @Test
    void theResultIsIncomeMinusExpensesAndTheSameInBothStatements() {
        JsonNode totals = figures.get("incomeStatement").get("totals");
        BigDecimal net = totals.get("netResult").decimalValue();
        assertThat(net).isEqualByComparingTo(totals.get("totalIncome").decimalValue()
                .subtract(totals.get("totalExpenses").decimalValue()));
        assertThat(net).isEqualByComparingTo("3415.08");
        assertThat(balanceLine("BP_RESULTAT").get("net").decimalValue()).isEqualByComparingTo(net);
    }

    @Test
    void everyIncomeStatementLineEqualsTheSumOfItsAccountsInTheFec() throws IOException {
        Map<String, BigDecimal> balances = independentBalances(work.resolve("input/2025/900000001FEC20251231.txt"));
        for (JsonNode line : figures.get("incomeStatement").get("lines")) {
            BigDecimal sum = BigDecimal.ZERO;
            for (JsonNode account : line.get("accounts")) {
                sum = sum.add(balances.getOrDefault(account.asText(), BigDecimal.ZERO));
            }
            BigDecimal expected = line.get("code").asText().matches("CR_(COTISATIONS|VENTES.*|PRESTATIONS|SUBVENTIONS"
                    + "|FONDATEURS|DONS|MECENAT|LEGS|CONTRIBUTIONS|REPRISES|UTILISATION_FD|AUTRES_PRODUITS|PRODUITS_.*)")
                    ? sum.negate() : sum;
            assertThat(line.get("amount").decimalValue()).as(line.get("code").asText()).isEqualByComparingTo(expected);
        }
        JsonNode totals = figures.get("incomeStatement").get("totals");
        assertThat(totals.get("totalIncome").decimalValue()).isEqualByComparingTo(sumOfClass(balances, "7").negate());
        assertThat(totals.get("totalExpenses").decimalValue()).isEqualByComparingTo(sumOfClass(balances, "6"));
    }

    @Test
    void everyBalanceSheetLineEqualsTheSumOfItsAccountsInTheFec() throws IOException {
        Map<String, BigDecimal> balances = independentBalances(work.resolve("input/2025/900000001FEC20251231.txt"));
        for (JsonNode line : figures.get("balanceSheet").get("lines")) {
            if (line.get("code").asText().equals("BP_RESULTAT") || line.get("accounts").isEmpty()) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (JsonNode account : line.get("accounts")) {
                sum = sum.add(balances.getOrDefault(account.asText(), BigDecimal.ZERO));
            }
            BigDecimal expected = line.get("side").asText().equals("assets") ? sum : sum.negate();
            assertThat(line.get("net").decimalValue()).as(line.get("code").asText()).isEqualByComparingTo(expected);
        }
    }

    @Test
    void keyFiguresComeFromTheRegisters() {
        JsonNode key = figures.get("keyFigures");
        assertThat(key.get("members").asInt()).isEqualTo(164);
        assertThat(key.get("legalPersons").asInt() + key.get("naturalPersons").asInt()).isEqualTo(164);
        assertThat(key.get("newMembers").asInt()).isEqualTo(8);
        assertThat(key.get("volunteers").asInt()).isEqualTo(24);
        assertThat(key.get("volunteerHours").decimalValue()).isEqualByComparingTo("858");
        assertThat(key.get("volunteerValuation").decimalValue()).isEqualByComparingTo("12870.00");
        assertThat(key.get("actions").asInt()).isEqualTo(40);
        assertThat(key.get("totalIncome").decimalValue())
                .isEqualByComparingTo(figures.get("incomeStatement").get("totals").get("totalIncome").decimalValue());
    }

    @Test
    void previousYearStandsBesideTheCurrentOne() {
        assertThat(balanceLine("BP_RESULTAT").get("previous").decimalValue()).isEqualByComparingTo("1862.37");
        assertThat(figures.get("balanceSheet").get("previousTotalAssets").decimalValue()).isEqualByComparingTo("112047.15");
    }

    @Test
    void theJsonCarriesTheAnnexAndTheEvolution() {
        JsonNode annex = figures.get("annex");
        assertThat(annex).isNotNull();
        assertThat(annex.get("receivables").get("lines")).isNotEmpty();
        assertThat(annex.get("debts").get("total").decimalValue()).isPositive();
        assertThat(annex.get("fixedAssets").get("total").get("closing").decimalValue())
                .isEqualByComparingTo(balanceLine("BA_CORPORELLES").get("gross").decimalValue());
        assertThat(annex.get("dedicatedFunds").get("total").get("closing").decimalValue())
                .isEqualByComparingTo(balanceLine("BP_FONDS_DEDIES").get("net").decimalValue());
        JsonNode evolution = figures.get("evolution");
        // 2022–2025 across both presentations: totals and results, which the restatement never changes.
        assertThat(evolution).hasSize(4);
        assertThat(evolution.get(0).get("year").asInt()).isEqualTo(2022);
        assertThat(evolution.get(0).get("netResult").decimalValue()).isEqualByComparingTo("3186.42");
        assertThat(evolution.get(1).get("netResult").decimalValue()).isEqualByComparingTo("-4275.18");
        assertThat(evolution.get(2).get("netResult").decimalValue()).isEqualByComparingTo("1862.37");
        assertThat(evolution.get(2).get("totalIncome").decimalValue()).isEqualByComparingTo("271331.08");
        assertThat(evolution.get(3).get("netResult").decimalValue()).isEqualByComparingTo("3415.08");
    }

    @Test
    void theStatementsWorkbookHasTheAnnexAndEvolutionSheetsWithNumericAmounts() throws IOException {
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                Files.newInputStream(reports.resolve("etats-financiers-2025.xlsx")))) {
            assertThat(workbook.getSheet("Annexe")).isNotNull();
            var evolution = workbook.getSheet("Évolution");
            assertThat(evolution.getRow(4).getCell(0).getNumericCellValue()).isEqualTo(2025);
            assertThat(evolution.getRow(4).getCell(3).getNumericCellValue()).isEqualTo(3415.08);
        }
    }

    @Test
    void thePdfPrintsTheAnnexAndTheEvolutionAfterTheBilan() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(reports.resolve("rapport-activite-2025.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Annexe — état des créances", "Annexe — état des dettes",
                    "Annexe — immobilisations", "Annexe — amortissements", "Évolution sur 4 exercices");
            // Last occurrences: the sommaire lists both first.
            assertThat(text.lastIndexOf("Annexe — état des créances")).isGreaterThan(text.lastIndexOf("Bilan — passif"));
        }
    }

    @Test
    void the2025StatementsFollowTheAmendedPresentationWithTheir2024ColumnRestated() throws IOException {
        JsonNode presentation = figures.get("presentation");
        assertThat(presentation.get("layout").asText()).isEqualTo("anc-2025");
        JsonNode comparative = presentation.get("comparative");
        assertThat(comparative.get("year").asInt()).isEqualTo(2024);
        assertThat(comparative.get("accounts").findValuesAsText("account")).containsExactly("777000", "791000");
        assertThat(comparative.get("accounts").get(0).get("to").asText())
                .isEqualTo("Concours publics et subventions d'exploitation");
        // 777 of 2024 (exceptional then) beside 747 of 2025, on the operating grants line.
        JsonNode grants = incomeLine("CR_SUBVENTIONS");
        assertThat(grants.get("previous").decimalValue()).isEqualByComparingTo("231500.00");
        assertThat(incomeLine("CR_PRODUITS_EXC").get("previous").decimalValue()).isZero();
        assertThat(incomeLine("CR_REPRISES").get("label").asText()).doesNotContain("transferts de charges");
        assertThat(figures.get("checks").findValuesAsText("id")).contains("COMPARATIVE_RESTATED")
                .doesNotContain("ACCOUNT_OLD_MEANING");
        try (PDDocument pdf = Loader.loadPDF(reports.resolve("rapport-activite-2025.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Annexe — présentation des comptes", "ont été retraités", "777000 → 747000");
        }
        // Read from a stream: a workbook opened on its File is written back when closed.
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                Files.newInputStream(reports.resolve("etats-financiers-2025.xlsx")))) {
            var sheet = workbook.getSheet("Présentation");
            assertThat(sheet).isNotNull();
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).contains("2023-03");
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("777000");
        }
    }

    private JsonNode incomeLine(String code) {
        for (JsonNode line : figures.get("incomeStatement").get("lines")) {
            if (line.get("code").asText().equals(code)) {
                return line;
            }
        }
        throw new AssertionError("No income statement line " + code);
    }

    @Test
    void amountsAreWrittenAsExactDecimals() throws IOException {
        String text = Files.readString(reports.resolve("chiffres-cles-2025.json"), StandardCharsets.UTF_8);
        assertThat(text).contains("\"totalIncome\" : 285806.57", "\"netResult\" : 3415.08");
    }

    @Test
    void reRunningOnUnchangedInputGivesTheSameOutputs() throws IOException {
        Map<String, byte[]> first = new HashMap<>();
        for (String name : List.of("chiffres-cles-2025.json", "rapport-activite-2025.pdf",
                "etats-financiers-2025.xlsx", "controles-2025.xlsx")) {
            first.put(name, Files.readAllBytes(reports.resolve(name)));
        }
        CliRunner.Result again = CliRunner.run(work, "run");

        assertThat(again.exitCode()).isZero();
        first.forEach((name, bytes) -> assertThat(reports.resolve(name)).as(name).hasBinaryContent(bytes));
    }

    private JsonNode balanceLine(String code) {
        for (JsonNode line : figures.get("balanceSheet").get("lines")) {
            if (line.get("code").asText().equals(code)) {
                return line;
            }
        }
        throw new AssertionError("No bilan line " + code);
    }

    /** Debit − credit per account, read from the FEC text with nothing of the application's code. */
    static Map<String, BigDecimal> independentBalances(Path fec) throws IOException {
        Map<String, BigDecimal> balances = new HashMap<>();
        List<String> lines = Files.readAllLines(fec, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            BigDecimal debit = new BigDecimal(fields[11].replace(',', '.'));
            BigDecimal credit = new BigDecimal(fields[12].replace(',', '.'));
            balances.merge(fields[4], debit.subtract(credit), BigDecimal::add);
        }
        return balances;
    }

    private static BigDecimal sumOfClass(Map<String, BigDecimal> balances, String accountClass) {
        return balances.entrySet().stream().filter(entry -> entry.getKey().startsWith(accountClass))
                .map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
