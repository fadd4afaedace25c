package org.cloture.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cloture explain <figure>}: the rule and the source rows behind a key figure of the demo. */
class ExplainFunctionalTests {

    private static final Pattern ROW = Pattern.compile("^\\s+adherents\\.xlsx:([^:]+):(\\d+)\\s", Pattern.MULTILINE);

    @TempDir
    static Path work;

    private static JsonNode keyFigures;

    @BeforeAll
    static void checkTheDemoYear() throws IOException {
        CliRunner.copyDemoInput(work);
        CliRunner.Result check = CliRunner.run(work, "check", "--year", "2023");
        assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
        keyFigures = new ObjectMapper().readTree(work.resolve("reports/2023/chiffres-cles-2023.json").toFile())
                .get("keyFigures");
    }

    @Test
    void newMembersAreExplainedByTheRegisterRowsThatJoinedInTheYear() throws IOException {
        CliRunner.Result explain = CliRunner.run(work, "explain", "newMembers", "--year", "2023");

        assertThat(explain.exitCode()).as(explain.err()).isZero();
        int newMembers = keyFigures.get("newMembers").asInt();
        assertThat(explain.out()).contains("Nouveaux adhérents (2023) : " + newMembers,
                "Règle : Adhérents dont la date d'adhésion est comprise entre le 01/01/2023 et le 31/12/2023.");
        Matcher rows = ROW.matcher(explain.out());
        int listed = 0;
        try (XSSFWorkbook register = new XSSFWorkbook(Files.newInputStream(work.resolve("input/2023/adherents.xlsx")))) {
            while (rows.find()) {
                listed++;
                // Read back, independently, the joining date on the very row the explanation names.
                LocalDate joined = joiningDate(register.getSheet(rows.group(1)), Integer.parseInt(rows.group(2)));
                assertThat(joined.getYear()).as("row " + rows.group(2)).isEqualTo(2023);
            }
        }
        assertThat(listed).isEqualTo(newMembers).isPositive();
    }

    @Test
    void theBudgetIsExplainedByItsAccountsAndAnAliasIsAccepted() {
        CliRunner.Result explain = CliRunner.run(work, "explain", "budget", "--year", "2023");

        assertThat(explain.exitCode()).isZero();
        assertThat(explain.out()).contains("Budget (total des charges) (2023)", "Comptes (", "611000");
    }

    @Test
    void withoutAFigureTheAvailableOnesAreListedAndAnUnknownOneFails() {
        CliRunner.Result list = CliRunner.run(work, "explain", "--year", "2023");
        CliRunner.Result unknown = CliRunner.run(work, "explain", "adherentsFantomes", "--year", "2023");

        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).contains("newMembers", "volunteerHours", "boardMeetings", "incomeShares");
        assertThat(unknown.exitCode()).isEqualTo(ClotureCli.FAILURE);
        assertThat(unknown.err()).contains("Chiffre inconnu : « adherentsFantomes »", "members");
    }

    @Test
    void explainingWritesNoReport() throws IOException {
        Path pdf = work.resolve("reports/2023/rapport-activite-2023.pdf");
        CliRunner.run(work, "explain", "members", "--year", "2023");

        assertThat(pdf).doesNotExist();
        try (var files = Files.list(work.resolve("reports/2023"))) {
            assertThat(files.map(path -> path.getFileName().toString()).toList())
                    .containsExactlyInAnyOrder("controles-2023.xlsx", "chiffres-cles-2023.json");
        }
    }

    private static LocalDate joiningDate(Sheet sheet, int rowNumber) {
        int column = -1;
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && cell.getStringCellValue().toLowerCase().startsWith("date d'adh")) {
                    column = cell.getColumnIndex();
                }
            }
            if (column >= 0) {
                break;
            }
        }
        Cell cell = sheet.getRow(rowNumber - 1).getCell(column);
        return cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                ? cell.getLocalDateTimeCellValue().toLocalDate()
                : LocalDate.parse(cell.getStringCellValue().strip(), java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

}
