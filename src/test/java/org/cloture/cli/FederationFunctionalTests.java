package org.cloture.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * A federation through the command line: its members' folders give the network section of the JSON and
 * their findings, and leave the federation's own statements and key figures exactly as without them.
 */
class FederationFunctionalTests {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @TempDir
    Path withMembers;

    @TempDir
    Path withoutMembers;

    @Test
    void checkWritesTheNetworkSectionAndTheFindingsOfTheMemberFolders() throws IOException {
        FederationFixture.write(withMembers);

        CliRunner.Result result = CliRunner.run(withMembers, "check", "--year", "2023");

        // The unbalanced entry of a member's FEC is blocking, like one of the federation's own.
        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(ClotureCli.BLOCKING_FINDINGS);
        assertThat(result.out()).contains("cs-wazemmes/adherents.csv", "cs-inconnu/");
        JsonNode json = JSON.readTree(withMembers.resolve("reports/2023/chiffres-cles-2023.json").toFile());
        JsonNode network = json.get("network");
        assertThat(network.get("members")).extracting(member -> member.get("id").asText() + " "
                        + member.get("status").asText())
                .containsExactly("cs-wazemmes données transmises", "cs-fives données transmises",
                        "cs-arras-ouest données transmises", "cs-lens données non transmises");
        assertThat(network.get("members").get(3).get("members").isNull()).isTrue();
        assertThat(network.get("territories")).extracting(territory -> territory.get("id").asText() + " "
                        + territory.get("transmitted").asInt() + "/" + territory.get("declared").asInt() + " "
                        + territory.get("memberIds").size())
                .containsExactly("metropole-lille 2/2 2", "artois 1/2 2");
        assertThat(network.get("departements")).extracting(row -> row.get("departement").asText())
                .containsExactly("59", "62");
        JsonNode total = network.get("total");
        assertThat(total.get("members").asInt()).isEqualTo(6);
        assertThat(total.get("volunteerHours").decimalValue()).isEqualByComparingTo("10.5");
        assertThat(total.get("participants").asInt()).isEqualTo(50);
        assertThat(total.get("totalIncome").decimalValue()).isEqualByComparingTo("12300.00");
        assertThat(total.get("result").decimalValue()).isEqualByComparingTo("3300.00");
        assertThat(total.get("transmissionRate").decimalValue()).isEqualByComparingTo("75.0");
        int membersOfTerritories = 0;
        for (JsonNode territory : network.get("territories")) {
            membersOfTerritories += territory.get("members").asInt();
        }
        assertThat(membersOfTerritories).isEqualTo(total.get("members").asInt());

        assertThat(checks(json)).contains(
                "MEMBER_FOLDER_UNDECLARED cs-inconnu/",
                "MEMBER_FOLDER_MISSING cs-lens/",
                "SOURCE_MISSING cs-fives/",
                "FEC_UNBALANCED_ENTRY cs-arras-ouest/" + FederationFixture.ARRAS_FEC + ":4",
                "FEC_UNBALANCED_FILE cs-arras-ouest/");
        // The hidden folder and the folder named like a year are not members: nothing is said about them.
        assertThat(checks(json)).filteredOn(check -> check.startsWith("MEMBER_FOLDER_UNDECLARED")).hasSize(1);
        assertThat(checks(json)).noneMatch(check -> check.contains(".sync"));

        try (InputStream in = Files.newInputStream(withMembers.resolve("reports/2023/controles-2023.xlsx"));
             XSSFWorkbook controls = new XSSFWorkbook(in)) {
            assertThat(cellsOf(controls.getSheet("Fichiers"))).contains("cs-inconnu/", "cs-lens/");
            assertThat(cellsOf(controls.getSheet("Fichiers lus"))).contains("cs-wazemmes/adherents.csv");
        }
    }

    @Test
    void anUnmappedAccountInAMembersFecIsAWarningNamingTheMemberNotASilentGap() throws IOException {
        Path input = FederationFixture.write(withMembers);
        Path fec = input.resolve("2023/cs-wazemmes/200000001FEC20231231.txt");
        Files.writeString(fec, Files.readString(fec)
                + String.join("\t", "OD", "OD", "OD9", "20231231", "990000", "Compte inconnu", "", "", "OD9", "20231231",
                "Erreur", "100,00", "0,00", "", "", "20231231", "", "") + "\r\n"
                + String.join("\t", "OD", "OD", "OD9", "20231231", "512000", "Banque", "", "", "OD9", "20231231",
                "Erreur", "0,00", "100,00", "", "", "20231231", "", "") + "\r\n");

        CliRunner.run(withMembers, "check", "--year", "2023");

        JsonNode json = JSON.readTree(withMembers.resolve("reports/2023/chiffres-cles-2023.json").toFile());
        List<JsonNode> unmapped = new java.util.ArrayList<>();
        json.get("checks").forEach(check -> {
            if (check.get("id").asText().equals("ACCOUNT_UNMAPPED")) {
                unmapped.add(check);
            }
        });
        assertThat(unmapped).singleElement().satisfies(check -> {
            assertThat(check.get("severity").asText()).isEqualTo("warning");
            assertThat(check.get("message").asText()).startsWith("Membre « cs-wazemmes » :").contains("990000");
        });
    }

    @Test
    void theFederationsOwnReportIsTheSameWithOrWithoutTheMemberFolders() throws IOException {
        FederationFixture.write(withMembers);
        Path input = FederationFixture.write(withoutMembers);
        FederationFixture.deleteMemberFolders(input.resolve("2023"));

        CliRunner.Result with = CliRunner.run(withMembers, "run", "--year", "2023");
        CliRunner.Result without = CliRunner.run(withoutMembers, "run", "--year", "2023");

        assertThat(without.exitCode()).as(without.out() + without.err()).isEqualTo(ClotureCli.DONE);
        assertThat(with.exitCode()).as(with.out() + with.err()).isEqualTo(ClotureCli.BLOCKING_FINDINGS);
        JsonNode one = JSON.readTree(withMembers.resolve("reports/2023/chiffres-cles-2023.json").toFile());
        JsonNode other = JSON.readTree(withoutMembers.resolve("reports/2023/chiffres-cles-2023.json").toFile());
        for (String section : List.of("keyFigures", "changes", "series", "incomeStatement", "balanceSheet", "annex",
                "evolution")) {
            assertThat(one.get(section)).as(section).isEqualTo(other.get(section));
        }
        assertThat(one.get("keyFigures").get("members").asInt()).isEqualTo(3);
        assertThat(one.get("incomeStatement").get("totals").get("netResult").decimalValue())
                .isEqualByComparingTo("5400.00");
        assertThat(other.get("network").get("total").get("transmitted").asInt()).isZero();

        try (InputStream in = Files.newInputStream(withMembers.resolve("reports/2023/etats-financiers-2023.xlsx"));
             XSSFWorkbook statements = new XSSFWorkbook(in)) {
            Sheet sheet = statements.getSheet("Réseau");
            assertThat(sheet).isNotNull();
            Row total = sheet.getRow(sheet.getLastRowNum());
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Total");
            assertThat(total.getCell(8).getNumericCellValue()).isEqualTo(6.0);
            assertThat(total.getCell(18).getNumericCellValue()).isEqualTo(3300.0);
            assertThat(cellsOf(sheet)).contains("données non transmises");
        }
        try (PDDocument pdf = Loader.loadPDF(withMembers.resolve("reports/2023/rapport-activite-2023.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Le réseau", "Centre social de Lens — données non transmises",
                    "Total du réseau");
            // Only associations are named: none of the members' adherents or volunteers.
            assertThat(text).doesNotContain("Dupont", "Leroy");
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
