package org.cloture.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.cloture.config.AssociationConfig;
import org.cloture.membership.Member;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.Severity;
import org.cloture.store.EmbeddedDatabase;
import org.cloture.store.JdbcStagingStore;
import org.cloture.store.StoredText;
import org.cloture.store.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Any cell of any length is stored, a database error on one file is a finding on that file and the store stays
 * usable, a reader failing half-way is a CHECK_FAILED on the row where it stopped, and a spreadsheet Clôture
 * cannot recognise blocks the closing until it is mapped, fixed or listed under {@code ignore:}.
 */
class IngestRobustnessTest {

    private static final AssociationConfig CONFIG = AssociationConfig.minimal("Test", MonthDay.of(1, 1));
    private static final String MEMBERS_HEADER = "N° adhérent;Nom;Prénom;Type;Date d'adhésion;Cotisation;Code postal;"
            + "Département\n";

    @TempDir
    Path input;
    @TempDir
    Path data;

    private JdbcStagingStore store;
    private JdbcTemplate jdbc;
    private DropFolderIngest ingest;

    @BeforeEach
    void setUp() throws IOException {
        // A file database: the one whose bulk-load mode (redo log off) must be restored after a failure.
        DataSource dataSource = EmbeddedDatabase.open("jdbc:hsqldb:file:" + data.resolve("db") + ";shutdown=true");
        store = TestDatabase.store(dataSource);
        jdbc = new JdbcTemplate(dataSource);
        ingest = new DropFolderIngest(store.loads());
        Files.createDirectories(input.resolve("2023"));
    }

    @Test
    void aDepartementLongerThanTheOldColumnAndACellOfAnyLengthAreStored() throws IOException {
        write("adherents.csv", MEMBERS_HEADER
                + "A1;Musée de la Mine de Lens;;personne morale;01/02/2020;150;62300;Pas-de-Calais (62)\n"
                + "A2;O'Brien-Dupont;Zoé;PP;01/02/2020;30;59000;" + "Nord ".repeat(8_000) + "\n");

        DropFolderIngest.YearIngest result = ingest.ingestYear(input, 2023, CONFIG);

        assertThat(result.runFindings()).isEmpty();
        List<Member> members = store.registers().members(2023);
        assertThat(members).extracting(Member::departement)
                .containsExactly("Pas-de-Calais (62)", ("Nord ".repeat(8_000)).strip().substring(0, StoredText.MAX));
        List<Finding> stored = store.files().fileFindings(2023);
        assertThat(stored).filteredOn(finding -> finding.check() == CheckId.VALUE_TOO_LONG).singleElement()
                .satisfies(finding -> {
                    assertThat(finding.location().row()).isEqualTo(3);
                    assertThat(finding.message()).containsPattern("39.999").containsPattern("32.768").contains("Département");
                });
    }

    @Test
    void aDatabaseErrorOnOneFileIsAFindingOnThatFileAndTheStoreStaysUsable() throws IOException {
        // 10^20 € does not fit DECIMAL(18, 2): the database refuses the batch.
        write("adherents.csv", MEMBERS_HEADER + "A1;Durand;Paul;PP;01/02/2020;100000000000000000000;59000;Nord\n");
        write("benevolat.csv", "Bénévole;Date;Heures\nPaul Durand;06/01/2023;2\n");

        DropFolderIngest.YearIngest first = ingest.ingestYear(input, 2023, CONFIG);

        assertThat(first.runFindings()).singleElement().satisfies(finding -> {
            assertThat(finding.check()).isEqualTo(CheckId.CHECK_FAILED);
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.location().file()).isEqualTo("adherents.csv");
            assertThat(finding.message()).contains("adherents.csv").doesNotContain("Exception", "SQL");
        });
        assertThat(store.registers().volunteerHours(2023)).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM source_file WHERE status <> 'LOADED'", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM member", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT PROPERTY_VALUE FROM INFORMATION_SCHEMA.SYSTEM_PROPERTIES "
                + "WHERE PROPERTY_NAME = 'hsqldb.log_data'", String.class)).isEqualTo("true");

        // Fixed by the treasurer: the next run loads it, the store was never stuck.
        write("adherents.csv", MEMBERS_HEADER + "A1;Durand;Paul;PP;01/02/2020;100;59000;Nord\n");
        DropFolderIngest.YearIngest second = ingest.ingestYear(input, 2023, CONFIG);

        assertThat(second.runFindings()).isEmpty();
        assertThat(store.registers().members(2023)).hasSize(1);
    }

    @Test
    void aReaderFailingHalfWayIsACheckFailedOnTheRowWhereItStoppedAndTheOtherFilesLoad() throws IOException {
        write("adherents.csv", MEMBERS_HEADER + "A1;Durand;Paul;PP;01/02/2020;30;59000;Nord\n");
        write("benevolat.csv", "Bénévole;Date;Heures\nPaul Durand;06/01/2023;2\n");
        SourceFileReader registers = new RegisterFileReader();
        SourceFileReader failing = new SourceFileReader() {
            @Override
            public boolean accepts(Path file) {
                return registers.accepts(file);
            }

            @Override
            public ReadSummary read(Path file, String displayName, int year, AssociationConfig config, RowSink sink) {
                if (!displayName.startsWith("adherents")) {
                    return registers.read(file, displayName, year, config, sink);
                }
                registers.read(file, displayName, year, config, sink);
                throw new IllegalArgumentException("duplicate element: de");
            }
        };
        DropFolderIngest guarded = new DropFolderIngest(store.loads(), List.of(failing));

        DropFolderIngest.YearIngest result = guarded.ingestYear(input, 2023, CONFIG);

        assertThat(result.runFindings()).singleElement().satisfies(finding -> {
            assertThat(finding.check()).isEqualTo(CheckId.CHECK_FAILED);
            assertThat(finding.location().toString()).isEqualTo("adherents.csv:2");
            assertThat(finding.message()).contains("Lecture du fichier « adherents.csv »", "ligne 2")
                    .doesNotContain("duplicate element");
        });
        assertThat(store.registers().members(2023)).isEmpty();
        assertThat(store.registers().volunteerHours(2023)).hasSize(1);
    }

    @Test
    void aSpreadsheetWithNoRecognisedSheetBlocksUntilListedUnderIgnore() throws IOException {
        write("tarifs.csv", "Produit;Prix\nCafé;1,50\n");
        write("photo.jpg", "not really a picture");
        write("statuts.pdf", "%PDF-1.4");

        ingest.ingestYear(input, 2023, CONFIG);

        assertThat(store.files().fileFindings(2023)).extracting(Finding::check)
                .contains(CheckId.FILE_UNRECOGNISED, CheckId.SPREADSHEET_UNRECOGNISED);
        assertThat(store.files().fileFindings(2023)).filteredOn(Finding::isBlocking).extracting(Finding::check)
                .containsExactly(CheckId.SPREADSHEET_UNRECOGNISED);

        AssociationConfig ignoring = new AssociationConfig("Test", null, null, null, MonthDay.of(1, 1), null, null,
                Map.of(), Map.of(), List.of(), null, null, null, null, List.of("2023/tarifs*.csv"));
        DropFolderIngest.YearIngest again = ingest.ingestYear(input, 2023, ignoring);

        assertThat(store.files().fileFindings(2023)).isEmpty();
        assertThat(again.runFindings()).extracting(Finding::check, finding -> finding.location().file())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(CheckId.FILE_IGNORED, "tarifs.csv"),
                        org.assertj.core.groups.Tuple.tuple(CheckId.FILE_NOT_TABULAR, "statuts.pdf"),
                        org.assertj.core.groups.Tuple.tuple(CheckId.FILE_NOT_TABULAR, "photo.jpg"));
        assertThat(again.runFindings()).noneMatch(Finding::isBlocking);
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(input.resolve("2023").resolve(name), content, StandardCharsets.UTF_8);
    }
}
