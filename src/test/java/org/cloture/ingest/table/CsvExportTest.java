package org.cloture.ingest.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cloture.source.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one way the bank and HelloAsso readers recognise and open their CSV exports. */
class CsvExportTest {

    @TempDir
    Path dir;

    @Test
    void theHeaderIsLookedForInTheFirstRowsOfAFileWithTheRightName() throws IOException {
        Path csv = Files.writeString(dir.resolve("export.csv"), "\uFEFFTitre\r\nDate;Libellé;Montant\r\n01/02/2024;X;1,00\r\n",
                StandardCharsets.UTF_8);
        Path pdf = Files.write(dir.resolve("export.pdf"), Files.readAllBytes(csv));

        assertThat(CsvExport.header(csv, Set.of(".csv"), 5, CsvExportTest::dateHeader)).contains(2);
        assertThat(CsvExport.header(csv, Set.of(".csv"), 1, CsvExportTest::dateHeader)).isEmpty();
        assertThat(CsvExport.header(pdf, Set.of(".csv"), 5, CsvExportTest::dateHeader)).isEmpty();
        assertThat(CsvExport.header(dir.resolve("absent.csv"), Set.of(".csv"), 5, CsvExportTest::dateHeader)).isEmpty();
    }

    @Test
    void aFileThatCannotBeDecodedIsAFindingNotAnException() throws IOException {
        Path binary = Files.write(dir.resolve("export.csv"), new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2});
        List<Finding> findings = new ArrayList<>();
        List<RawRow> rows = new ArrayList<>();

        boolean read = CsvExport.read(binary, "export.csv", findings::add, it -> it.forEachRemaining(rows::add));

        assertThat(read).isFalse();
        assertThat(rows).isEmpty();
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.location().file()).isEqualTo("export.csv"));
    }

    @Test
    void aReadableFileHandsOverEveryRow() throws IOException {
        Path csv = Files.writeString(dir.resolve("export.csv"), "Date;Libellé;Montant\n01/02/2024;X;1,00\n",
                StandardCharsets.UTF_8);
        List<RawRow> rows = new ArrayList<>();

        assertThat(CsvExport.read(csv, "export.csv", f -> { }, it -> it.forEachRemaining(rows::add))).isTrue();
        assertThat(rows).extracting(row -> row.cell(2).text()).containsExactly("Montant", "1,00");
    }

    private static Optional<Integer> dateHeader(RawRow row) {
        return "Date".equals(row.cell(0).text()) ? Optional.of(row.rowNumber()) : Optional.empty();
    }
}
