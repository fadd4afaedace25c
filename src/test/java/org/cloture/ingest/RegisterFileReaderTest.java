package org.cloture.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloture.ingest.table.Workbooks.workbook;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cloture.config.AssociationConfig;
import org.cloture.source.CheckId;
import org.cloture.source.SourceLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegisterFileReaderTest {

    @TempDir
    Path dir;

    private final RegisterFileReader reader = new RegisterFileReader();

    @Test
    void handsEachRowToTheSinkAsSoonAsItIsMapped() throws IOException {
        Path file = workbook().sheet("Registre",
                new Object[] {"N° adhérent", "Nom", "Type", "Date d'adhésion", "Cotisation"},
                new Object[] {"A001", "Durand", "PP", LocalDate.of(2019, 3, 15), 30.0},
                new Object[] {"A002", "Petit", "PP", "jamais", 20.0},
                new Object[] {"A003", "Martin", "PM", LocalDate.of(2020, 1, 2), 15.0}).writeTo(dir.resolve("adh.xlsx"));
        RecordingSink sink = new RecordingSink();

        ReadSummary summary = reader.read(file, "2023/adh.xlsx", 2023, config(Map.of()), sink);

        // The finding and the rejected row of row 3 come between the members of rows 2 and 4: nothing is
        // gathered before being handed over.
        assertThat(sink.calls).containsExactly("member A001", "finding INVALID_DATE", "rejected 3", "member A003");
        assertThat(summary.kinds()).isEqualTo(Set.of(ReadSummary.SourceKind.MEMBERS));
        assertThat(summary.rowsRead()).isEqualTo(3);
        assertThat(summary.sheets()).singleElement().satisfies(sheet -> {
            assertThat(sheet.kind()).isEqualTo("MEMBERS");
            assertThat(sheet.rowsLoaded()).isEqualTo(2);
            assertThat(sheet.rowsRejected()).isEqualTo(1);
            assertThat(sheet.columns()).contains(new ReadSummary.ColumnMapping("N° adhérent", "id"));
        });
        assertThat(sink.findings.get(0).location())
                .isEqualTo(new SourceLocation("2023/adh.xlsx", "Registre", 3, "Date d'adhésion"));
    }

    @Test
    void appliesTheMappingProfileOfAssociationYml() throws IOException {
        Path file = workbook().sheet("Feuil1",
                new Object[] {"N° adhérent", "Nom", "Type", "Date d'adhésion", "Cotis. payée"},
                new Object[] {"A001", "Durand", "PP", LocalDate.of(2019, 3, 15), "25,50"},
                new Object[] {"A002", "Petit", "PP", LocalDate.of(2019, 3, 15), "douze"}).writeTo(dir.resolve("x.xlsx"));
        RecordingSink sink = new RecordingSink();

        ReadSummary summary = reader.read(file, "x.xlsx", 2023,
                config(Map.of("members", Map.of("Cotis. payée", "fee"))), sink);

        assertThat(summary.rowsRead()).isEqualTo(2);
        assertThat(sink.members).hasSize(2);
        assertThat(sink.members.get(0).fee()).isEqualTo(new BigDecimal("25.50"));
        // The profile's header is the column named in the finding, as the user wrote it.
        assertThat(sink.findings).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(CheckId.INVALID_AMOUNT);
            assertThat(f.location()).isEqualTo(new SourceLocation("x.xlsx", "Feuil1", 3, "Cotis. payée"));
            assertThat(f.value()).isEqualTo("douze");
        });
    }

    @Test
    void withoutTheProfileAHeaderThatMeansNothingIsIgnored() throws IOException {
        Path file = workbook().sheet("Feuil1",
                new Object[] {"N° adhérent", "Nom", "Type", "Date d'adhésion", "Zone 4"},
                new Object[] {"A001", "Durand", "PP", LocalDate.of(2019, 3, 15), "25,50"}).writeTo(dir.resolve("x.xlsx"));
        RecordingSink sink = new RecordingSink();

        reader.read(file, "x.xlsx", 2023, config(Map.of()), sink);

        assertThat(sink.members).singleElement().satisfies(m -> assertThat(m.fee()).isNull());
    }

    private static AssociationConfig config(Map<String, Map<String, String>> columns) {
        return new AssociationConfig("Asso", null, null, null, MonthDay.of(1, 1), new BigDecimal("25.00"), null,
                Map.of(), columns, List.of());
    }
}
