package org.cloture.ingest.fec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloture.ingest.fec.FecFixtures.HEADER;
import static org.cloture.ingest.fec.FecFixtures.text;
import static org.cloture.ingest.fec.FecFixtures.workedExample;
import static org.cloture.ingest.fec.FecFixtures.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FecFileNameTest {

    @TempDir
    Path dir;

    @Test
    void parsesStandardNames() {
        assertThat(FecFileName.parse("123456789FEC20231231.txt"))
                .contains(new FecFileName("123456789", LocalDate.of(2023, 12, 31), 0));
        assertThat(FecFileName.parse("123456789fec20240630_2.CSV"))
                .contains(new FecFileName("123456789", LocalDate.of(2024, 6, 30), 2));
    }

    @Test
    void refusesOtherNames() {
        assertThat(FecFileName.parse("123456789FEC20230231.txt")).isEmpty();
        assertThat(FecFileName.parse("12345678FEC20231231.txt")).isEmpty();
        assertThat(FecFileName.parse("123456789FEC20231231.xlsx")).isEmpty();
        assertThat(FecFileName.parse("export-compta.txt")).isEmpty();
    }

    @Test
    void sniffsAFecWhateverItsName() throws Exception {
        Path pipe = write(dir, "export.csv", text("|", "\r\n", HEADER, workedExample()), StandardCharsets.UTF_8);
        Path other = write(dir, "adherents.csv", "Nom;Prénom;Cotisation\n", StandardCharsets.UTF_8);

        assertThat(FecFileName.looksLikeFec(pipe)).isTrue();
        assertThat(FecFileName.looksLikeFec(other)).isFalse();
        assertThat(FecFileName.looksLikeFec(dir.resolve("absent.txt"))).isFalse();
    }
}
