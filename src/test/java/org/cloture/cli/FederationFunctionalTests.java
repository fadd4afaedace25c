package org.cloture.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cloture.federation.FederationFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A federation through the command line: every member closed into its own {@code reports/<year>/<member>/}
 * exactly as if its folder were closed alone, then the network tables from the members' outputs — a member
 * to correct listed with its findings and left out of the totals — and the federation's own report unchanged.
 */
class FederationFunctionalTests {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final List<String> OUTPUTS = List.of("rapport-activite-2023.pdf", "etats-financiers-2023.xlsx",
            "controles-2023.xlsx", "chiffres-cles-2023.json");

    @TempDir
    Path withMembers;

    @TempDir
    Path withoutMembers;

    @TempDir
    Path alone;

    @Test
    void everyMemberGetsItsOwnOutputsExactlyAsIfItsFolderWereClosedAlone() throws IOException {
        Path input = FederationFixture.write(withMembers);

        CliRunner.Result result = CliRunner.run(withMembers, "run", "--year", "2023");

        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(ClotureCli.DONE);
        Path reports = withMembers.resolve("reports/2023");
        for (String member : List.of("cs-wazemmes", "cs-fives", "cs-arras-ouest")) {
            for (String output : OUTPUTS) {
                assertThat(reports.resolve(member).resolve(output)).as(member + "/" + output).isNotEmptyFile();
            }
        }
        // Neither the undeclared folder nor the declared member without folder is closed.
        assertThat(reports.resolve("cs-inconnu")).doesNotExist();
        assertThat(reports.resolve("cs-lens")).doesNotExist();

        // Wazemmes alone: its folder as an association's year folder, with the settings derived for it.
        Path aloneInput = alone.resolve("input");
        copyTree(input.resolve("2023/cs-wazemmes"), aloneInput.resolve("2023"));
        Files.writeString(aloneInput.resolve("association.yml"), """
                "name": "Centre social de Wazemmes"
                "fiscalYearStart": "01-01"
                """);
        CliRunner.Result closedAlone = CliRunner.run(alone, "run", "--year", "2023");
        assertThat(closedAlone.exitCode()).as(closedAlone.out() + closedAlone.err()).isEqualTo(ClotureCli.DONE);
        for (String output : OUTPUTS) {
            assertThat(reports.resolve("cs-wazemmes").resolve(output)).as(output)
                    .hasSameBinaryContentAs(alone.resolve("reports/2023").resolve(output));
        }
        JsonNode wazemmes = JSON.readTree(reports.resolve("cs-wazemmes/chiffres-cles-2023.json").toFile());
        assertThat(wazemmes.get("association").asText()).isEqualTo("Centre social de Wazemmes");
        assertThat(wazemmes.get("keyFigures").get("members").asInt()).isEqualTo(3);
        assertThat(result.out()).contains("Réseau : 4 membre(s) déclaré(s), 1 compté(s) dans les totaux, 2 à corriger, "
                + "1 sans données", "Centre social Arras Ouest (cs-arras-ouest) : à corriger");
    }

    @Test
    void aMemberWithBlockingFindingsIsToCorrectWithThemAndLeftOutOfEveryNetworkTotal() throws IOException {
        FederationFixture.write(withMembers);

        CliRunner.Result result = CliRunner.run(withMembers, "run", "--year", "2023");

        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(ClotureCli.DONE);
        Path reports = withMembers.resolve("reports/2023");
        JsonNode arras = JSON.readTree(reports.resolve("cs-arras-ouest/chiffres-cles-2023.json").toFile());
        assertThat(arras.get("provisional").asBoolean()).isTrue();

        JsonNode network = JSON.readTree(reports.resolve("reseau-2023.json").toFile());
        assertThat(network.get("year").asInt()).isEqualTo(2023);
        assertThat(network.get("members")).extracting(member -> member.get("id").asText() + " "
                        + member.get("status").asText())
                .containsExactly("cs-wazemmes données transmises", "cs-fives à corriger",
                        "cs-arras-ouest à corriger", "cs-lens données non transmises");
        // Fives sent registers but no FEC: closed alone, its accounts are missing, which blocks its closing.
        assertThat(network.get("members").get(1).get("blocking").toString()).contains("2023");
        JsonNode arrasRow = network.get("members").get(2);
        assertThat(arrasRow.get("members").isNull()).isTrue();
        assertThat(arrasRow.get("blocking")).isNotEmpty();
        assertThat(arrasRow.get("blocking").get(0).asText()).contains("AC AC2", "300000001FEC20231231.txt:4");
        JsonNode total = network.get("total");
        assertThat(total.get("declared").asInt()).isEqualTo(4);
        assertThat(total.get("transmitted").asInt()).isEqualTo(3);
        assertThat(total.get("toCorrect").asInt()).isEqualTo(2);
        assertThat(total.get("covered").asInt()).isEqualTo(1);
        // Wazemmes only (3 adherents, result 1 800): the figures of Fives and Arras Ouest are not summed.
        assertThat(total.get("members").asInt()).isEqualTo(3);
        assertThat(total.get("volunteerHours").decimalValue()).isEqualByComparingTo("6.5");
        assertThat(total.get("totalIncome").decimalValue()).isEqualByComparingTo("10300.00");
        assertThat(total.get("result").decimalValue()).isEqualByComparingTo("1800.00");
        JsonNode artois = network.get("territories").get(1);
        assertThat(artois.get("covered").asInt()).isZero();
        assertThat(artois.get("result").isNull()).isTrue();
        int sum = 0;
        for (JsonNode territory : network.get("territories")) {
            sum += territory.get("members").asInt();
        }
        assertThat(sum).isEqualTo(total.get("members").asInt());
        JsonNode own = JSON.readTree(reports.resolve("chiffres-cles-2023.json").toFile());
        assertThat(own.get("network").get("total")).isEqualTo(total);
        assertThat(checks(own)).contains("MEMBER_FOLDER_UNDECLARED cs-inconnu/", "MEMBER_FOLDER_MISSING cs-lens/");
        assertThat(checks(own)).filteredOn(check -> check.startsWith("MEMBER_FOLDER_UNDECLARED")).hasSize(1);

        try (InputStream in = Files.newInputStream(reports.resolve("reseau-2023.xlsx"));
             XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(cellsOf(workbook.getSheet("Réseau"))).contains("à corriger", "données non transmises");
            assertThat(cellsOf(workbook.getSheet("À corriger"))).contains("cs-arras-ouest");
            Sheet sheet = workbook.getSheet("Réseau");
            Row last = sheet.getRow(sheet.getLastRowNum());
            assertThat(last.getCell(0).getStringCellValue()).isEqualTo("Total");
            assertThat(last.getCell(8).getNumericCellValue()).isEqualTo(1.0);
            assertThat(last.getCell(10).getNumericCellValue()).isEqualTo(3.0);
        }
        try (PDDocument pdf = Loader.loadPDF(reports.resolve("rapport-activite-2023.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Le réseau", "Centre social de Lens — données non transmises",
                    "Centre social Arras Ouest — à corriger", "membres à corriger", "Total du réseau", "1 sur 4");
            // Only associations are named: none of the members' adherents or volunteers.
            assertThat(text).doesNotContain("Dupont", "Leroy");
        }
    }

    @Test
    void anUnmappedAccountInAMembersFecMakesThatMemberToCorrectNotASilentGap() throws IOException {
        Path input = FederationFixture.write(withMembers);
        Path fec = input.resolve("2023/cs-wazemmes/200000001FEC20231231.txt");
        Files.writeString(fec, Files.readString(fec)
                + String.join("\t", "OD", "OD", "OD9", "20231231", "990000", "Compte inconnu", "", "", "OD9", "20231231",
                "Erreur", "100,00", "0,00", "", "", "20231231", "", "") + "\r\n"
                + String.join("\t", "OD", "OD", "OD9", "20231231", "512000", "Banque", "", "", "OD9", "20231231",
                "Erreur", "0,00", "100,00", "", "", "20231231", "", "") + "\r\n");

        CliRunner.run(withMembers, "check", "--year", "2023");

        Path reports = withMembers.resolve("reports/2023");
        assertThat(checks(JSON.readTree(reports.resolve("cs-wazemmes/chiffres-cles-2023.json").toFile())))
                .anyMatch(check -> check.startsWith("ACCOUNT_UNMAPPED"));
        JsonNode network = JSON.readTree(reports.resolve("chiffres-cles-2023.json").toFile()).get("network");
        JsonNode wazemmes = network.get("members").get(0);
        assertThat(wazemmes.get("status").asText()).isEqualTo("à corriger");
        assertThat(wazemmes.get("blocking")).isNotEmpty();
        assertThat(network.get("total").get("members").asInt()).isZero();
    }

    @Test
    void theFederationsOwnReportIsTheSameWithOrWithoutTheMemberFolders() throws IOException {
        FederationFixture.write(withMembers);
        Path input = FederationFixture.write(withoutMembers);
        FederationFixture.deleteMemberFolders(input.resolve("2023"));

        CliRunner.Result with = CliRunner.run(withMembers, "run", "--year", "2023");
        CliRunner.Result without = CliRunner.run(withoutMembers, "run", "--year", "2023");

        assertThat(without.exitCode()).as(without.out() + without.err()).isEqualTo(ClotureCli.DONE);
        assertThat(with.exitCode()).as(with.out() + with.err()).isEqualTo(ClotureCli.DONE);
        JsonNode one = JSON.readTree(withMembers.resolve("reports/2023/chiffres-cles-2023.json").toFile());
        JsonNode other = JSON.readTree(withoutMembers.resolve("reports/2023/chiffres-cles-2023.json").toFile());
        for (String section : List.of("keyFigures", "changes", "series", "incomeStatement", "balanceSheet", "annex",
                "evolution")) {
            assertThat(one.get(section)).as(section).isEqualTo(other.get(section));
        }
        assertThat(one.get("keyFigures").get("members").asInt()).isEqualTo(3);
        assertThat(other.get("network").get("total").get("transmitted").asInt()).isZero();
    }

    @Test
    void aFederationClosedTwiceWritesTheSameBytesEverywhere() throws IOException {
        FederationFixture.write(withMembers);
        CliRunner.run(withMembers, "run", "--year", "2023");
        Map<String, byte[]> first = contents(withMembers.resolve("reports"));

        CliRunner.run(withMembers, "run", "--year", "2023");

        Map<String, byte[]> second = contents(withMembers.resolve("reports"));
        assertThat(second.keySet()).isEqualTo(first.keySet()).contains("2023/reseau-2023.json",
                "2023/cs-fives/rapport-activite-2023.pdf");
        first.forEach((path, bytes) -> assertThat(second.get(path)).as(path).isEqualTo(bytes));
    }

    /** Every file under a folder by its relative path (no temporary file may be left). */
    static Map<String, byte[]> contents(Path root) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path copy = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy);
                }
            }
        }
    }

    private static List<String> checks(JsonNode json) {
        List<String> checks = new ArrayList<>();
        json.get("checks").forEach(check -> checks.add(check.get("id").asText() + " " + check.get("source").asText()));
        return checks;
    }

    private static List<String> cellsOf(Sheet sheet) {
        List<String> cells = new ArrayList<>();
        sheet.forEach(row -> row.forEach(cell -> cells.add(cell.toString())));
        return cells;
    }
}
