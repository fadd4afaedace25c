package org.cloture.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An association's first year with Clôture: no FEC for N-1, but the statements it published. The N-1 column
 * then comes from comptes-publies.csv, with totals and results recomputed from its lines by the layout.
 */
class PublishedPreviousYearFunctionalTests {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @TempDir
    Path withFec;

    @TempDir
    Path withPublished;

    @Test
    void theNMinusOneColumnFromPublishedStatementsEqualsTheOneFromTheFec() throws IOException {
        CliRunner.copyDemoInput(withFec);
        assertThat(CliRunner.run(withFec, "run", "--year", "2023").exitCode()).isZero();
        JsonNode reference = JSON.readTree(withFec.resolve("reports/2023/chiffres-cles-2023.json").toFile());

        Path input = CliRunner.copyDemoInput(withPublished);
        Files.delete(input.resolve("2022/900000001FEC20221231.txt"));
        Files.writeString(input.resolve("2022/comptes-publies.csv"), publishedCsv(reference), StandardCharsets.UTF_8);
        CliRunner.Result result = CliRunner.run(withPublished, "run", "--year", "2023");
        JsonNode figures = JSON.readTree(withPublished.resolve("reports/2023/chiffres-cles-2023.json").toFile());

        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).contains("comptes publiés");
        assertThat(previousOf(figures.get("incomeStatement").get("lines")))
                .isEqualTo(previousOf(reference.get("incomeStatement").get("lines")));
        assertThat(previousOf(figures.get("balanceSheet").get("lines")))
                .isEqualTo(previousOf(reference.get("balanceSheet").get("lines")));
        assertThat(figures.get("balanceSheet").get("previousTotalAssets").decimalValue())
                .isEqualByComparingTo("104325.33")
                .isEqualByComparingTo(figures.get("balanceSheet").get("previousTotalLiabilities").decimalValue());
    }

    @Test
    void anUnknownCodeInThePublishedStatementsIsReportedWithItsRow() throws IOException {
        Path input = CliRunner.copyDemoInput(withPublished);
        Files.delete(input.resolve("2022/900000001FEC20221231.txt"));
        Files.writeString(input.resolve("2022/comptes-publies.csv"), "Code;Montant\nCR_COTISATIONS;6945,00\nCR_INCONNU;12\n",
                StandardCharsets.UTF_8);

        CliRunner.Result result = CliRunner.run(withPublished, "check", "--year", "2023");

        assertThat(result.out()).contains("2022/comptes-publies.csv:3:Code", "CR_INCONNU");
    }

    /** The N-1 amounts of a full run, written as the association would publish them. */
    private static String publishedCsv(JsonNode reference) {
        StringBuilder csv = new StringBuilder("Code;Montant\n");
        for (JsonNode lines : List.of(reference.get("incomeStatement").get("lines"),
                reference.get("incomeStatement").get("inKind").get("lines"),
                reference.get("incomeStatement").get("inKind").get("expenseLines"),
                reference.get("balanceSheet").get("lines"))) {
            for (JsonNode line : lines) {
                if (!line.get("previous").isNull() && !line.get("code").asText().equals("BP_RESULTAT")
                        && !line.has("partOf")) {
                    csv.append(line.get("code").asText()).append(';')
                            .append(line.get("previous").decimalValue().toPlainString().replace('.', ',')).append('\n');
                }
            }
        }
        return csv.toString();
    }

    private static List<String> previousOf(JsonNode lines) {
        List<String> values = new ArrayList<>();
        lines.forEach(line -> values.add(line.get("code").asText() + "=" + (line.get("previous").isNull() ? "null"
                : line.get("previous").decimalValue().stripTrailingZeros().toPlainString())));
        return values;
    }
}
