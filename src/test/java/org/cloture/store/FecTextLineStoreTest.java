package org.cloture.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.cloture.config.AssociationConfig;
import org.cloture.ingest.DropFolderIngest;
import org.cloture.ingest.fec.FecLine;
import org.cloture.ingest.fec.FecReader;
import org.cloture.ingest.fec.FecTextLines;
import org.cloture.ledger.LedgerLine;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A FEC text file is the store of its lines (V18): the database keeps the account index and the line offsets,
 * and the lines read back by offset are exactly those the reader parsed, at the same file and line number,
 * whatever the charset, separator, line ends and wordings of the file.
 */
class FecTextLineStoreTest {

    private static final AssociationConfig CONFIG = AssociationConfig.minimal("Test", MonthDay.of(1, 1));
    private static final String[] HEADER = {"JournalCode", "JournalLib", "EcritureNum", "EcritureDate", "CompteNum",
        "CompteLib", "CompAuxNum", "CompAuxLib", "PieceRef", "PieceDate", "EcritureLib", "Debit", "Credit",
        "EcritureLet", "DateLet", "ValidDate", "Montantdevise", "Idevise"};
    private static final String[] ACCOUNTS = {"512000", "756000", "875000", "706000", "401000", "411000", "606300",
        "6411", "7561", "512100"};
    private static final String[] WORDS = {"Cotisation", "Adhésion", "Bénévolat valorisé", "Œuvre", "Café",
        "Reçu n°", "VIR SEPA", "Fête", "Chèque", "Remise", "L'été", "Dons – 2023", "€ 12"};

    @TempDir
    Path input;

    private final javax.sql.DataSource dataSource = TestDatabase.create();
    private final JdbcStagingStore store = TestDatabase.store(dataSource);

    static Stream<Arguments> variants() {
        return Stream.of(Arguments.of(StandardCharsets.UTF_8, "\t", "\n", false, 1L),
                Arguments.of(StandardCharsets.UTF_8, "\t", "\r\n", true, 2L),
                Arguments.of(Charset.forName("ISO-8859-15"), "|", "\r\n", false, 3L),
                Arguments.of(Charset.forName("windows-1252"), "\t", "\n", false, 4L),
                Arguments.of(StandardCharsets.UTF_8, "|", "\n", true, 5L));
    }

    @ParameterizedTest(name = "{0}, séparateur « {1} », BOM {3}")
    @MethodSource("variants")
    void theLinesReadBackByOffsetAreTheLinesTheReaderParsed(Charset charset, String separator, String end,
                                                            boolean bom, long seed) throws IOException {
        Path file = writeFec("123456789FEC20231231.txt", generated(new Random(seed), 400, separator, end), charset, bom);

        new DropFolderIngest(store.loads()).ingestYear(input, 2023, CONFIG);

        List<LedgerLine> expected = new FecReader().read(file, "123456789FEC20231231.txt").lines().stream()
                .map(FecTextLineStoreTest::asStored).toList();
        assertThat(expected).hasSizeGreaterThan(300);
        assertThat(store.ledger().ledgerLines(2023)).containsExactlyElementsOf(expected);
        for (String prefix : List.of("756", "875", "512", "7", "6411")) {
            assertThat(store.ledger().ledgerLinesOf(2023, prefix))
                    .containsExactlyElementsOf(expected.stream().filter(l -> l.account().startsWith(prefix)).toList());
        }
        List<LedgerLine> streamed = new ArrayList<>();
        store.ledger().forEachLedgerLine(2023, streamed::add);
        assertThat(streamed).hasSameSizeAs(expected);
        // Not one line of the text file is copied into the database.
        assertThat(new JdbcTemplate(dataSource).queryForObject("SELECT COUNT(*) FROM fec_line", Integer.class)).isZero();
    }

    @Test
    void aLineSetAsideOrRejectedIsNotInTheIndexAndTheEntryDatesAreKeptAtLoad() throws IOException {
        String text = String.join("\n", String.join("\t", HEADER),
                line("\t", "BQ", "1", "20230105", "512000", "Banque", "Cotisation\rDupont", "30,00", "0,00"),
                line("\t", "BQ", "1", "20230105", "756000", "Cotisations", "Cotisation Dupont", "0,00", "30,00"),
                line("\t", "BQ", "2", "2023-13-45", "512000", "Banque", "date illisible", "10,00", "0,00"),
                line("\t", "CL", "9", "20231231", "756000", "Cotisations", "Clôture", "30,00", "0,00"),
                line("\t", "CL", "9", "20231231", "120000", "Résultat", "Clôture", "0,00", "30,00"),
                line("\t", "OD", "3", "20231130", "512000", "Banque", "dernière ligne sans fin", "5,00", "0,00"));
        writeFec("123456789FEC20231231.txt", text, StandardCharsets.UTF_8, false);

        new DropFolderIngest(store.loads()).ingestYear(input, 2023, CONFIG);

        assertThat(store.ledger().ledgerLines(2023)).extracting(line -> line.location().toString() + " "
                + line.account() + " " + line.label())
                .containsExactly("123456789FEC20231231.txt:2 512000 Cotisation\rDupont",
                        "123456789FEC20231231.txt:3 756000 Cotisation Dupont",
                        "123456789FEC20231231.txt:7 512000 dernière ligne sans fin");
        assertThat(store.ledger().entryDateRange(2023)).extracting(Object::toString)
                .containsExactly("2023-01-05", "2023-11-30");
    }

    @Test
    void aContinuationPartIsReadBackUnderTheHeaderOfPartOne() throws IOException {
        writeFec("123456789FEC20231231_1.txt", String.join("\n", String.join("|", HEADER),
                line("|", "BQ", "1", "20230315", "512000", "Banque", "Part un", "60,00", "0,00")) + "\n",
                StandardCharsets.UTF_8, false);
        writeFec("123456789FEC20231231_2.txt",
                line("|", "BQ", "1", "20230315", "756000", "Cotisations", "Part deux", "0,00", "60,00") + "\r\n",
                StandardCharsets.UTF_8, true);

        new DropFolderIngest(store.loads()).ingestYear(input, 2023, CONFIG);

        assertThat(store.ledger().ledgerLinesOf(2023, "756")).singleElement().satisfies(line -> {
            assertThat(line.location().toString()).isEqualTo("123456789FEC20231231_2.txt:1");
            assertThat(line.label()).isEqualTo("Part deux");
            assertThat(line.credit()).isEqualByComparingTo("60.00");
        });
    }

    @Test
    void aChangedOrRemovedFileIsNeverReadAtItsOldOffsets() throws IOException {
        Path file = writeFec("123456789FEC20231231.txt", generated(new Random(7), 50, "\t", "\n"),
                StandardCharsets.UTF_8, false);
        new DropFolderIngest(store.loads()).ingestYear(input, 2023, CONFIG);
        assertThat(store.ledger().ledgerLinesOf(2023, "512")).isNotEmpty();

        Files.writeString(file, generated(new Random(8), 50, "\t", "\n"));
        assertThatThrownBy(() -> store.ledger().ledgerLinesOf(2023, "512"))
                .isInstanceOf(FecTextLines.ChangedSinceLoad.class);
        // Loaded again, the new content has its own index.
        new DropFolderIngest(store.loads()).ingestYear(input, 2023, CONFIG);
        assertThat(store.ledger().ledgerLines(2023)).containsExactlyElementsOf(new FecReader()
                .read(file, "123456789FEC20231231.txt").lines().stream().map(FecTextLineStoreTest::asStored).toList());

        Files.delete(file);
        assertThatThrownBy(() -> store.ledger().ledgerLines(2023)).isInstanceOf(FecTextLines.ChangedSinceLoad.class);
        new DropFolderIngest(store.loads()).ingestYear(input, 2023, CONFIG);
        assertThat(store.ledger().ledgerLines(2023)).isEmpty();
        assertThat(new JdbcTemplate(dataSource).queryForObject("SELECT COUNT(*) FROM fec_account_rows",
                Integer.class)).isZero();
    }

    @Test
    void aProjectFolderCopiedOrMovedElsewhereLoadsItsFecAgain(@TempDir Path elsewhere) throws IOException {
        Path file = writeFec("123456789FEC20231231.txt", generated(new Random(9), 60, "\t", "\n"),
                StandardCharsets.UTF_8, false);
        new DropFolderIngest(store.loads()).ingestYear(input, 2023, CONFIG);
        List<LedgerLine> before = store.ledger().ledgerLines(2023);
        // Same content, same size and date, another place: the index of the first place would point nowhere.
        Path moved = Files.createDirectories(elsewhere.resolve("2023")).resolve(file.getFileName());
        Files.copy(file, moved, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        Files.delete(file);

        DropFolderIngest.YearIngest run = new DropFolderIngest(store.loads()).ingestYear(elsewhere, 2023, CONFIG);

        assertThat(run.files()).extracting(DropFolderIngest.FileOutcome::outcome)
                .containsExactly(DropFolderIngest.Outcome.LOADED);
        assertThat(store.ledger().ledgerLines(2023)).isEqualTo(before);
        assertThat(new DropFolderIngest(store.loads()).ingestYear(elsewhere, 2023, CONFIG).files())
                .extracting(DropFolderIngest.FileOutcome::outcome).containsExactly(DropFolderIngest.Outcome.UNCHANGED);
    }

    /** A year of balanced two-line entries over varied accounts and wordings. */
    private static String generated(Random random, int entries, String separator, String end) {
        StringBuilder text = new StringBuilder(String.join(separator, HEADER)).append(end);
        for (int entry = 1; entry <= entries; entry++) {
            String date = String.format("2023%02d%02d", 1 + random.nextInt(12), 1 + random.nextInt(28));
            String amount = random.nextInt(100_000) + "," + String.format("%02d", random.nextInt(100));
            String label = WORDS[random.nextInt(WORDS.length)] + " " + random.nextInt(1000);
            String debit = ACCOUNTS[random.nextInt(ACCOUNTS.length)];
            String credit = ACCOUNTS[random.nextInt(ACCOUNTS.length)];
            text.append(line(separator, "BQ", Integer.toString(entry), date, debit, "Compte " + debit, label,
                    amount, "0,00")).append(end);
            text.append(line(separator, "BQ", Integer.toString(entry), date, credit, "Compte " + credit, label,
                    "0,00", amount)).append(end);
        }
        return text.toString();
    }

    private static String line(String separator, String journal, String entry, String date, String account,
                               String accountLib, String label, String debit, String credit) {
        return String.join(separator, journal, "Journal " + journal, entry, date, account, accountLib, "", "",
                "P" + entry, date, label, debit, credit, "", "", date, "", "");
    }

    private Path writeFec(String name, String text, Charset charset, boolean bom) throws IOException {
        Path folder = Files.createDirectories(input.resolve("2023"));
        byte[] content = text.getBytes(charset);
        if (bom) {
            byte[] withBom = new byte[content.length + 3];
            withBom[0] = (byte) 0xEF;
            withBom[1] = (byte) 0xBB;
            withBom[2] = (byte) 0xBF;
            System.arraycopy(content, 0, withBom, 3, content.length);
            content = withBom;
        }
        return Files.write(folder.resolve(name), content);
    }

    private static LedgerLine asStored(FecLine line) {
        return new LedgerLine(line.journalCode(), line.entryNum(), line.entryDate(), line.accountNum(),
                line.accountLib(), line.auxNum(), line.label(), line.debit(), line.credit(), line.location(),
                line.pieceRef());
    }
}
