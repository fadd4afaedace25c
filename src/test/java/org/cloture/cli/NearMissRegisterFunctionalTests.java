package org.cloture.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A membership list that lacks one needed column, dropped into input/<year>/ beside the demo's files: `check`
 * reports it as an unrecognised spreadsheet with the near miss (the missing field, the closest header and the
 * `columns:` lines to write), and the year's other files still load.
 */
class NearMissRegisterFunctionalTests {

    @TempDir
    Path work;

    @Test
    void aMembershipListWithoutAJoiningDateIsReportedWithTheLinesToWriteAndTheOtherFilesLoad() throws IOException {
        Path input = CliRunner.copyDemoInput(work);
        writeWorkbook(input.resolve("2023/liste-adherents-club.xlsx"), List.of(
                List.of("N° adhérent", "Nom", "Prénom", "Cotisation", "Arrivé(e) au club"),
                List.of("C1", "Martin", "Léa", "20", "12/09/2022"),
                List.of("C2", "Bernard", "Hugo", "20", "03/10/2023")));

        CliRunner.Result result = CliRunner.run(work, "check", "--year", "2023");

        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(ClotureCli.BLOCKING_FINDINGS);
        assertThat(result.out()).contains("liste-adherents-club.xlsx", "Tableur non reconnu",
                "Fichier presque reconnu comme", "Date d'adhésion", "en-tête le plus proche : « Arrivé(e) au club »",
                "columns: { members: { \"Arrivé(e) au club\": joined } }");
        // The demo's own files are read as before.
        assertThat(result.out()).contains("adherents.xlsx — adhérents", "900000001FEC20231231.txt",
                "releve-compte-courant.csv");
        String json = Files.readString(work.resolve("reports/2023/chiffres-cles-2023.json"));
        assertThat(json).contains("\"id\" : \"SPREADSHEET_UNRECOGNISED\"", "\"id\" : \"FILE_NEAR_MISS\"",
                "\"name\" : \"adherents.xlsx\"", "\"kind\" : \"MEMBERS\"");
    }

    private static void writeWorkbook(Path file, List<List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Adhérents");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
        }
    }
}
