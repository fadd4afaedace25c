package org.cloture.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check shows the decision it took for each file: the kind, and « header → field » for every column read. */
class RecognitionShownFunctionalTests {

    @TempDir
    Path work;

    @Test
    void checkPrintsTheWorkbookListsAndTheJsonGivesTheMappingOfEveryFile() throws IOException {
        Path input = CliRunner.copyDemoInput(work);
        Files.writeString(input.resolve("2023/registre-a-la-main.csv"), """
                Registre des adhérents
                Identifiant;Structure ou nom;Inscrit le;Montant réglé
                H1;Mairie de Brest;15/01/2023;50,00
                H2;Durand;02/02/2023;25,00
                """, StandardCharsets.UTF_8);

        CliRunner.Result result = CliRunner.run(work, "check", "--year", "2023");

        assertThat(result.exitCode()).as(result.out() + result.err()).isIn(ClotureCli.DONE, ClotureCli.BLOCKING_FINDINGS);
        assertThat(result.out()).contains("registre-a-la-main.csv — adhérents : 2 lignes lues, 2 chargées, 0 rejetées",
                "adhérents, en-têtes ligne 2", "« Identifiant » → id (N° adhérent)",
                "« Structure ou nom » → name (Nom)", "« Inscrit le » → joined (Date d'adhésion)",
                "« Montant réglé » → fee (Cotisation)", "Type d'adhérent déduit faute de colonne « type »");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(work.resolve("reports/2023/controles-2023.xlsx")))) {
            Sheet sheet = workbook.getSheet("Colonnes reconnues");
            List<String> rows = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && "registre-a-la-main.csv".equals(row.getCell(0).getStringCellValue())) {
                    rows.add(row.getCell(4).getStringCellValue() + " → " + row.getCell(5).getStringCellValue());
                }
            }
            assertThat(rows).containsExactly("Identifiant → id", "Structure ou nom → name", "Inscrit le → joined",
                    "Montant réglé → fee");
        }
        String json = Files.readString(work.resolve("reports/2023/chiffres-cles-2023.json"));
        assertThat(json).contains("\"files\" : [", "\"name\" : \"registre-a-la-main.csv\"", "\"kind\" : \"MEMBERS\"",
                "\"rowsLoaded\" : 2", "\"header\" : \"Structure ou nom\"", "\"field\" : \"name\"");
    }
}
