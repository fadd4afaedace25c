package org.cloture.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.MonthDay;
import java.util.List;
import javax.sql.DataSource;
import org.cloture.config.AssociationConfig;
import org.cloture.ingest.fec.FecTextLines;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.store.JdbcStagingStore;
import org.cloture.store.LoadedFileQueries;
import org.cloture.store.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** Idempotent loading: each file once, replaced when changed, withdrawn when gone, never counted twice. */
class DropFolderIngestTest {

    private static final AssociationConfig CONFIG = AssociationConfig.minimal("Test", MonthDay.of(1, 1));

    static final String HEADER = FecFixtures.HEADER;

    @TempDir
    Path input;

    private JdbcStagingStore store;
    private JdbcTemplate jdbc;
    private CountingReader counting;
    private DropFolderIngest ingest;

    @BeforeEach
    void setUp() throws IOException {
        DataSource dataSource = TestDatabase.create();
        store = TestDatabase.store(dataSource);
        jdbc = new JdbcTemplate(dataSource);
        counting = new CountingReader(new FecFileReader());
        ingest = new DropFolderIngest(store.loads(), List.of(counting, new RegisterFileReader()));
        Files.createDirectories(input.resolve("2023"));
    }

    @Test
    void aFileIsLoadedOnceHoweverManyRuns() throws IOException {
        writeFec("123456789FEC20231231.txt", "60,00", "60,00");

        ingest.ingestYear(input, 2023, CONFIG);
        DropFolderIngest.YearIngest second = ingest.ingestYear(input, 2023, CONFIG);

        assertThat(counting.reads).isEqualTo(1);
        assertThat(second.files()).extracting(DropFolderIngest.FileOutcome::outcome)
                .containsExactly(DropFolderIngest.Outcome.UNCHANGED);
        assertThat(fecLineCount()).isEqualTo(2);
    }

    @Test
    void aFileIsLoadedAgainWhenTheFiscalYearStartChanges() throws IOException {
        writeFec("123456789FEC20231231.txt", "60,00", "60,00");
        ingest.ingestYear(input, 2023, CONFIG);
        AssociationConfig julyToJune = AssociationConfig.minimal("Test", MonthDay.of(7, 1));

        DropFolderIngest.YearIngest again = ingest.ingestYear(input, 2023, julyToJune);

        assertThat(counting.reads).isEqualTo(2);
        assertThat(again.files()).extracting(DropFolderIngest.FileOutcome::outcome)
                .containsExactly(DropFolderIngest.Outcome.LOADED);
        assertThat(fecLineCount()).isEqualTo(2);
    }

    @Test
    void aChangedFileReplacesItsPreviousVersionInsteadOfAddingToIt() throws IOException {
        writeFec("123456789FEC20231231.txt", "60,00", "60,00");
        ingest.ingestYear(input, 2023, CONFIG);
        writeFec("123456789FEC20231231.txt", "75,00", "75,00");

        ingest.ingestYear(input, 2023, CONFIG);

        assertThat(fecLineCount()).isEqualTo(2);
        assertThat(store.ledger().ledgerLines(2023)).extracting(line -> line.debit().add(line.credit()).toPlainString())
                .containsOnly("75.00");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM source_file", Integer.class)).isEqualTo(1);
    }

    @Test
    void aRemovedFileIsWithdrawnAtTheNextRun() throws IOException {
        writeFec("123456789FEC20231231.txt", "60,00", "60,00");
        ingest.ingestYear(input, 2023, CONFIG);
        Files.delete(input.resolve("2023/123456789FEC20231231.txt"));

        DropFolderIngest.YearIngest run = ingest.ingestYear(input, 2023, CONFIG);

        assertThat(run.withdrawn()).containsExactly("123456789FEC20231231.txt");
        assertThat(fecLineCount()).isZero();
    }

    @Test
    void anIdenticalCopyUnderAnotherNameIsNotCountedTwice() throws IOException {
        writeFec("123456789FEC20231231.txt", "60,00", "60,00");
        Files.copy(input.resolve("2023/123456789FEC20231231.txt"), input.resolve("2023/copie FEC.txt"));

        DropFolderIngest.YearIngest run = ingest.ingestYear(input, 2023, CONFIG);

        assertThat(fecLineCount()).isEqualTo(2);
        assertThat(run.runFindings()).extracting(Finding::check).containsExactly(CheckId.FILE_DUPLICATE);
        assertThat(run.runFindings().get(0).location().file()).isEqualTo("copie FEC.txt");
    }

    @Test
    void inputFilesAreNeverModified() throws IOException {
        Path fec = writeFec("123456789FEC20231231.txt", "60,00", "60,00");
        byte[] before = Files.readAllBytes(fec);
        FileTime modified = Files.getLastModifiedTime(fec);

        ingest.ingestYear(input, 2023, CONFIG);

        assertThat(fec).hasBinaryContent(before);
        assertThat(Files.getLastModifiedTime(fec)).isEqualTo(modified);
        assertThat(Files.list(input.resolve("2023")).count()).isEqualTo(1);
    }

    @Test
    void aFileStillBeingWrittenIsLeftForTheNextRunAndTheOldVersionStays() throws IOException {
        Path fec = writeFec("123456789FEC20231231.txt", "60,00", "60,00");
        ingest.ingestYear(input, 2023, CONFIG);
        writeFec("123456789FEC20231231.txt", "75,00", "75,00");
        counting.whileReading = () -> append(fec, "\r\n");

        DropFolderIngest.YearIngest run = ingest.ingestYear(input, 2023, CONFIG);

        assertThat(run.runFindings()).extracting(Finding::check).containsExactly(CheckId.FILE_BEING_WRITTEN);
        // The old version stays loaded: its totals are in the database; its lines, whose only store is the
        // file, are refused rather than read from the new content at the old offsets.
        assertThat(store.ledger().trialBalance(2023).totalDebit()).isEqualByComparingTo("60.00");
        assertThatThrownBy(() -> store.ledger().ledgerLines(2023)).isInstanceOf(FecTextLines.ChangedSinceLoad.class)
                .hasMessageContaining("123456789FEC20231231.txt");
        counting.whileReading = () -> { };
        ingest.ingestYear(input, 2023, CONFIG);
        assertThat(store.ledger().ledgerLines(2023)).extracting(line -> line.debit().add(line.credit()).toPlainString())
                .containsOnly("75.00");
    }

    @Test
    void aLoadInterruptedByACrashLeavesNothingVisibleAndIsDiscarded() throws IOException {
        writeFec("123456789FEC20231231.txt", "60,00", "60,00");
        StagingStore.FileLoad interrupted = store.loads().begin(2023, "ghost.txt", "0".repeat(64), 10);
        interrupted.finding(Finding.of(CheckId.FILE_EMPTY, org.cloture.source.SourceLocation.ofFile("ghost.txt"), null));

        ingest.ingestYear(input, 2023, CONFIG);

        assertThat(store.files().loadedFiles(2023)).extracting(LoadedFileQueries.LoadedFile::path)
                .containsExactly("123456789FEC20231231.txt");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM source_file WHERE path = 'ghost.txt'", Integer.class))
                .isZero();
    }

    @Test
    void officeLockFilesAndTheNarrativeAreNotSources() throws IOException {
        Files.writeString(input.resolve("2023/~$adherents.xlsx"), "lock");
        Files.writeString(input.resolve("2023/.~lock.adherents.xlsx#"), "lock");
        Files.writeString(input.resolve("2023/rapport.md"), "# Le mot du président");

        DropFolderIngest.YearIngest run = ingest.ingestYear(input, 2023, CONFIG);

        assertThat(run.files()).isEmpty();
        assertThat(run.runFindings()).isEmpty();
    }

    @Test
    void aFileOfAnUnsupportedKindIsReportedNotSilentlyIgnored() throws IOException {
        Files.writeString(input.resolve("2023/notes.xyz"), "?");
        Files.writeString(input.resolve("2023/statuts.pdf"), "%PDF-1.4");

        DropFolderIngest.YearIngest result = ingest.ingestYear(input, 2023, CONFIG);

        assertThat(store.files().fileFindings(2023)).extracting(Finding::check).containsExactly(CheckId.FILE_UNSUPPORTED);
        // A document beside the data is information, not a source.
        assertThat(result.runFindings()).extracting(Finding::check).containsExactly(CheckId.FILE_NOT_TABULAR);
    }

    @Test
    void aTwoGigabyteFileGetsAFindingWithoutExhaustingMemoryAndTheOtherFilesStillLoad() throws IOException {
        writeFec("123456789FEC20231231.txt", "60,00", "60,00");
        Path huge = input.resolve("2023/adherents export.csv");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(2L * 1024 * 1024 * 1024); // sparse: 2 GB of NUL bytes, as a broken copy leaves
        }

        ingest.ingestYear(input, 2023, CONFIG);

        assertThat(fecLineCount()).isEqualTo(2);
        assertThat(store.files().fileFindings(2023)).filteredOn(finding -> finding.location().file().equals("adherents export.csv"))
                .extracting(Finding::check).containsExactly(CheckId.FILE_UNREADABLE);
    }

    @Test
    void aWorkbookWithTheJournalOnOneSheetAndTheMembersOnAnotherLoadsBoth() throws IOException {
        ingest = new DropFolderIngest(store.loads());
        org.cloture.ingest.table.Workbooks.workbook()
                .sheet("Journal",
                        new Object[] {"Date", "Journal", "Pièce", "Compte", "Libellé", "Débit", "Crédit"},
                        new Object[] {"15/03/2023", "BQ", "P1", "512000", "Cotisation A0001", "60,00", null},
                        new Object[] {"15/03/2023", "BQ", "P1", "756000", "Cotisation A0001", null, "60,00"})
                .sheet("Adhérents",
                        new Object[] {"N° adhérent", "Nom", "Type", "Date d'adhésion", "Cotisation"},
                        new Object[] {"A0001", "Musée de la Mine", "PM", "10/01/2020", "60,00"})
                .writeTo(input.resolve("2023/association.xlsx"));

        ingest.ingestYear(input, 2023, CONFIG);

        assertThat(store.ledger().ledgerLines(2023)).hasSize(2);
        assertThat(store.registers().members(2023)).extracting(org.cloture.membership.Member::memberId).containsExactly("A0001");
        assertThat(store.files().fileFindings(2023)).isEmpty();
        assertThat(store.files().loadedFiles(2023)).extracting(LoadedFileQueries.LoadedFile::kinds).containsExactly("FEC,MEMBERS");
    }

    @Test
    void aJournalOnlyWorkbookIsNotReportedAsUnrecognised() throws IOException {
        ingest = new DropFolderIngest(store.loads());
        org.cloture.ingest.table.Workbooks.workbook()
                .sheet("Journal",
                        new Object[] {"Date", "Journal", "Pièce", "Compte", "Libellé", "Débit", "Crédit"},
                        new Object[] {"15/03/2023", "BQ", "P1", "512000", "Don", "10,00", null},
                        new Object[] {"15/03/2023", "BQ", "P1", "754100", "Don", null, "10,00"})
                .writeTo(input.resolve("2023/journal.xlsx"));

        ingest.ingestYear(input, 2023, CONFIG);

        assertThat(store.ledger().ledgerLines(2023)).hasSize(2);
        assertThat(store.files().fileFindings(2023)).isEmpty();
    }

    private Path writeFec(String name, String debit, String credit) throws IOException {
        Path file = input.resolve("2023").resolve(name);
        String lines = HEADER + "\r\n"
                + "BQ\tBanque\t1\t20230315\t512000\tBanque\t\t\tC1\t20230315\tCotisation\t" + debit + "\t0,00\t\t\t20230315\t\t\r\n"
                + "BQ\tBanque\t1\t20230315\t756000\tCotisations\t\t\tC1\t20230315\tCotisation\t0,00\t" + credit + "\t\t\t20230315\t\t\r\n";
        Files.writeString(file, lines, StandardCharsets.UTF_8);
        // Distinct modification times, as successive saves by a person would have.
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(counting.reads)));
        return file;
    }

    private static void append(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private int fecLineCount() {
        return store.ledger().ledgerLines(2023).size();
    }

    /** Counts real reads, and can act on the file while it is being read (a copy still in progress). */
    private static final class CountingReader implements SourceFileReader {
        private final SourceFileReader delegate;
        int reads;
        Runnable whileReading = () -> { };

        CountingReader(SourceFileReader delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean accepts(Path file) {
            return delegate.accepts(file);
        }

        @Override
        public ReadSummary read(Path file, String displayName, int year, AssociationConfig config, RowSink sink) {
            reads++;
            ReadSummary summary = delegate.read(file, displayName, year, config, sink);
            whileReading.run();
            return summary;
        }
    }
}
