package org.cloture.ingest.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;

import org.cloture.membership.Member;
import org.cloture.membership.MemberKind;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The six real Paheko member exports of ../shared/samples/members (SOURCES-more.md), read in place: comma or
 * semicolon, quoted or not, CRLF or LF, « Nom & prénom » in one column, « Catégorie » that is not a kind, and
 * one file without its header row.
 */
class PahekoMembersSamplesTest {

    private static final Path SAMPLES = Paths.get("..", "shared", "samples", "members");

    private final RegisterReader reader = new RegisterReader();

    @BeforeAll
    static void samplesPresent() {
        Assumptions.assumeTrue(Files.isDirectory(SAMPLES), "../shared/samples/members absent");
    }

    @ParameterizedTest(name = "{0}: {1} adhérents")
    @CsvSource({
            "paheko-tests-creation.csv, 105, 1",
            "paheko-tests-creation-conflit.csv, 105, 1",
            "paheko-tests-creation-sans-entete.csv, 107, 0",
            "paheko-tests-auto.csv, 9, 1",
            "paheko-tests-maj.csv, 9, 1",
            "paheko-tests-maj-pb.csv, 9, 1",
    })
    void everyExportIsRecognisedWithAllItsMembers(String name, int members, int headerRow) {
        RegisterReadResult result = reader.read(SAMPLES.resolve(name), name, Map.of());

        assertThat(result.sheets()).singleElement().satisfies(sheet -> {
            assertThat(sheet.kind()).isEqualTo(SourceKind.MEMBERS);
            assertThat(sheet.headerRow()).isEqualTo(headerRow);
            assertThat(sheet.rowsRead()).isEqualTo(members);
            assertThat(sheet.loaded()).isEqualTo(members);
        });
        assertThat(result.members()).hasSize(members);
        assertThat(result.rejectedRows()).isEmpty();
        assertThat(result.findings()).extracting(Finding::check).doesNotContain(CheckId.FILE_UNRECOGNISED,
                CheckId.REQUIRED_VALUE_MISSING, CheckId.INVALID_DATE, CheckId.UNKNOWN_MEMBER_KIND);
        // « Catégorie » says « Membres actifs », not a kind: the kind is inferred, and a finding says how.
        assertThat(result.findings()).anySatisfy(f -> {
            assertThat(f.check()).isEqualTo(CheckId.MEMBER_KIND_INFERRED);
            assertThat(f.message()).contains("Catégorie");
        });
    }

    @Test
    void splitsNomEtPrenomSurnameFirstAndMapsEveryColumn() {
        RegisterReadResult result = reader.read(SAMPLES.resolve("paheko-tests-maj.csv"), "maj.csv", Map.of());

        Member first = result.members().get(0);
        assertThat(first.memberId()).isEqualTo("1");
        assertThat(first.name()).isEqualTo("Grunberg");
        assertThat(first.firstName()).isEqualTo("Laurence");
        assertThat(first.kind()).isEqualTo(MemberKind.NATURAL_PERSON);
        assertThat(first.postalCode()).isEqualTo("35000");
        assertThat(first.email()).isEqualTo("lgrun@free.fr");
        assertThat(first.phone()).isEqualTo("0299794923");
        assertThat(first.joined()).isEqualTo(java.time.LocalDate.of(2020, 5, 28));
        assertThat(result.members().get(1).firstName()).isEqualTo("Laure-Anne");
        assertThat(result.sheets().get(0).mappings()).contains(
                new ColumnMap.Mapping("Numéro de membre", "id"),
                new ColumnMap.Mapping("Nom & prénom", "fullName"),
                new ColumnMap.Mapping("Adresse E-Mail", "email"),
                new ColumnMap.Mapping("Adresse postale", "address"),
                new ColumnMap.Mapping("Code postal", "postalCode"),
                new ColumnMap.Mapping("Numéro de téléphone", "phone"),
                new ColumnMap.Mapping("Date d'inscription", "joined"));
    }

    @Test
    void theFileWithoutHeaderRowIsReadByTheContentOfItsColumns() {
        String name = "paheko-tests-creation-sans-entete.csv";
        RegisterReadResult result = reader.read(SAMPLES.resolve(name), name, Map.of());

        assertThat(result.findings()).anySatisfy(f -> {
            assertThat(f.check()).isEqualTo(CheckId.FILE_READ_BY_CONTENT);
            assertThat(f.message()).contains("Paheko");
        });
        assertThat(result.members().get(0).memberId()).isEqualTo("2");
        assertThat(result.members().get(0).name()).isEqualTo("Cigxqyb");
        assertThat(result.members().get(0).location().row()).isEqualTo(1);
    }
}
