package org.cloture.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.MonthDay;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cloture.config.AssociationConfig;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.store.JdbcStagingStore;
import org.cloture.store.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drop folder never follows a symbolic link nor reads a FIFO or a device: each such entry is a finding. */
class DropFolderLinksTest {

    private static final AssociationConfig CONFIG = AssociationConfig.minimal("Test", MonthDay.of(1, 1));

    @TempDir
    Path input;

    @TempDir
    Path elsewhere;

    private JdbcStagingStore store;
    private DropFolderIngest ingest;

    @BeforeEach
    void setUp() throws IOException {
        store = TestDatabase.store(TestDatabase.create());
        ingest = new DropFolderIngest(store.loads());
        Files.createDirectories(input.resolve("2023"));
    }

    @Test
    void aLinkNamedLikeASourceToEtcPasswdIsNotReadButReported() throws IOException {
        Path target = Path.of("/etc/passwd");
        assumeThat(Files.isReadable(target)).as("a Unix machine").isTrue();
        Files.createSymbolicLink(input.resolve("2023/comptes.csv"), target);

        DropFolderIngest.YearIngest loaded = ingest.ingestYear(input, 2023, CONFIG);

        assertThat(loaded.files()).isEmpty();
        assertThat(store.files().loadedFiles(2023)).isEmpty();
        assertThat(loaded.runFindings()).singleElement().satisfies(finding -> {
            assertThat(finding.check()).isEqualTo(CheckId.FILE_NOT_REGULAR);
            assertThat(finding.location().file()).isEqualTo("comptes.csv");
            assertThat(finding.message()).contains("lien symbolique").doesNotContain("root");
        });
        String firstLine = Files.readAllLines(target).get(0);
        assertThat(loaded.runFindings()).extracting(Finding::message, Finding::value)
                .allSatisfy(text -> assertThat(String.valueOf(text)).doesNotContain(firstLine));
        assertThat(PendingDrops.of(input, java.util.Map.of())).as("nor counted as a pending drop").isEmpty();
    }

    @Test
    void aLinkToARealSpreadsheetIsNotFollowedEither() throws IOException {
        Path real = elsewhere.resolve("adherents.csv");
        Files.writeString(real, "N° adhérent;Nom;Type;Date d'adhésion;Cotisation\nA1;Musée;PM;01/02/2023;50,00\n");
        Files.createSymbolicLink(input.resolve("2023/adherents.csv"), real);
        Files.createSymbolicLink(input.resolve("2023/autre-dossier"), elsewhere);

        DropFolderIngest.YearIngest loaded = ingest.ingestYear(input, 2023, CONFIG);

        assertThat(loaded.files()).isEmpty();
        assertThat(loaded.runFindings()).extracting(finding -> finding.location().file())
                .containsExactly("adherents.csv", "autre-dossier");
    }

    @Test
    void aFifoIsNeverOpenedSoTheIngestDoesNotBlock() throws Exception {
        Path fifo = input.resolve("2023/adherents.csv");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException noMkfifo) {
            assumeThat(false).as("mkfifo available").isTrue();
            return;
        }
        assumeThat(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).isTrue();

        DropFolderIngest.YearIngest loaded = ingest.ingestYear(input, 2023, CONFIG);

        assertThat(loaded.files()).isEmpty();
        assertThat(loaded.runFindings()).singleElement().satisfies(finding -> {
            assertThat(finding.check()).isEqualTo(CheckId.FILE_NOT_REGULAR);
            assertThat(finding.message()).contains("fichier spécial");
        });
        assertThat(List.copyOf(DropFolderIngest.sourceFiles(input.resolve("2023")))).isEmpty();
    }

    @Test
    void linksInPlaceOfTheNarrativeOrThePublishedStatementsAreReportedAndNeverRead() throws IOException {
        Path secret = Files.writeString(elsewhere.resolve("secret.md"), "## SECRET");
        Files.createSymbolicLink(input.resolve("2023/rapport.md"), secret);
        Files.createSymbolicLink(input.resolve("2023/" + PublishedStatementsReader.FILE_NAME), secret);

        DropFolderIngest.YearIngest loaded = ingest.ingestYear(input, 2023, CONFIG);

        assertThat(loaded.runFindings()).extracting(finding -> finding.location().file())
                .containsExactlyInAnyOrder("rapport.md", PublishedStatementsReader.FILE_NAME);
        assertThat(PublishedStatementsReader.locate(input, 2023)).isEmpty();
    }
}
