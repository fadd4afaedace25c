package org.cloture.ingest.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.cloture.membership.Member;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegisterReaderCsvTest {

    @TempDir
    Path dir;

    private final RegisterReader reader = new RegisterReader();

    @Test
    void readsWindows1252WithSemicolonsAsExcelSavesIt() throws IOException {
        String text = """
                Adhérents 2023;;;;;
                ;;;;;
                N° adhérent;Nom;Prénom;Type;Date d'adhésion;Cotisation
                A001;Lefèvre;Hélène;personne physique;15/03/2019;1 234,50 €
                A002;Œuvres sociales de l'Escaut;;personne morale;1er février 2023;-12,00
                TOTAL;;;;;1 222,50 €
                """;
        Path file = write("adhérents.csv", text, Charset.forName("windows-1252"));

        RegisterReadResult result = reader.read(file, "adhérents.csv", Map.of());

        assertThat(result.findings()).isEmpty();
        assertThat(result.sheets()).singleElement().satisfies(s -> {
            assertThat(s.sheet()).isNull();
            assertThat(s.headerRow()).isEqualTo(3);
        });
        assertThat(result.members()).extracting(Member::name).containsExactly("Lefèvre", "Œuvres sociales de l'Escaut");
        assertThat(result.members().get(0).fee()).isEqualTo(new BigDecimal("1234.50"));
        assertThat(result.members().get(1).joined()).isEqualTo(LocalDate.of(2023, 2, 1));
        assertThat(result.members().get(1).location()).isEqualTo(new SourceLocation("adhérents.csv", null, 5, null));
    }

    @Test
    void readsUtf8WithBomAndCommas() throws IOException {
        String text = "\uFEFFBénévole,Date,Heures,Activité\r\n"
                + "Hélène Lefèvre,15/03/2023,\"3,5\",Salon\r\n"
                + "Paul,2023-03-16,bientôt,\r\n";
        Path file = write("heures.csv", text, StandardCharsets.UTF_8);

        RegisterReadResult result = reader.read(file, "heures.csv", Map.of());

        assertThat(result.volunteerEntries()).singleElement().satisfies(e -> {
            assertThat(e.volunteer()).isEqualTo("Hélène Lefèvre");
            assertThat(e.hours()).isEqualTo(new BigDecimal("3.5000"));
        });
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(CheckId.INVALID_HOURS);
            assertThat(f.location()).isEqualTo(new SourceLocation("heures.csv", null, 3, "Heures"));
            assertThat(f.value()).isEqualTo("bientôt");
        });
        assertThat(result.rejectedRows()).singleElement()
                .satisfies(r -> assertThat(r.rawText()).isEqualTo("Paul;2023-03-16;bientôt"));
    }

    @Test
    void detectsTheCharsetByStrictUtf8Decoding() throws IOException {
        Path latin = write("a.csv", "Nom;Prénom\n", Charset.forName("windows-1252"));
        Path utf8 = write("b.csv", "Nom;Prénom\n", StandardCharsets.UTF_8);

        assertThat(CsvTableReader.detectCharset(latin)).isEqualTo(CsvTableReader.WINDOWS_1252);
        assertThat(CsvTableReader.detectCharset(utf8)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(CsvTableReader.detectDelimiter(utf8, StandardCharsets.UTF_8)).isEqualTo(';');
    }

    @Test
    void detectsTabsAndKeepsTheRowNumbersASpreadsheetShowsAcrossQuotedLineBreaks() throws IOException {
        // Row 2 holds an address on two lines inside quotes: a tableur shows it as one row, so the bad date
        // below is on row 3, not on the 4th line of the text.
        String text = "N° adhérent\tNom\tType\tDate d'adhésion\tAdresse\n"
                + "A001\tDurand\tPP\t15/03/2019\t\"12 rue du Beffroi\n59000 Lille\"\n"
                + "A002\tPetit\tPP\tbientôt\t\n"
                + "A003\tMartin\tPM\t2023-02-01\t1 234,50 €\n";
        Path file = write("adherents.csv", text, StandardCharsets.UTF_8);

        RegisterReadResult result = reader.read(file, "adherents.csv", Map.of());

        assertThat(CsvTableReader.detectDelimiter(file, StandardCharsets.UTF_8)).isEqualTo('\t');
        assertThat(result.sheets()).singleElement().satisfies(s -> {
            assertThat(s.rowsRead()).isEqualTo(3);
            assertThat(s.loaded()).isEqualTo(2);
        });
        assertThat(result.members()).extracting(Member::memberId).containsExactly("A001", "A003");
        assertThat(result.members().get(0).address()).isEqualTo("12 rue du Beffroi 59000 Lille");
        assertThat(result.members().get(1).location()).isEqualTo(new SourceLocation("adherents.csv", null, 4, null));
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(CheckId.INVALID_DATE);
            assertThat(f.location()).isEqualTo(new SourceLocation("adherents.csv", null, 3, "Date d'adhésion"));
        });
    }

    @Test
    void commasInFrenchAmountsDoNotOutvoteSemicolons() throws IOException {
        Path file = write("a.csv", "Nom;Cotisation;Don\nDurand;1,50;2,50\nPetit;3,50;4,50\n", StandardCharsets.UTF_8);

        assertThat(CsvTableReader.detectDelimiter(file, StandardCharsets.UTF_8)).isEqualTo(';');
    }

    @Test
    void reportsUnrecognisedCsv() throws IOException {
        Path file = write("divers.csv", "Produit;Prix\nStylo;1,50\n", StandardCharsets.UTF_8);

        RegisterReadResult result = reader.read(file, "divers.csv", Map.of());

        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(CheckId.FILE_UNRECOGNISED);
            assertThat(f.location()).isEqualTo(SourceLocation.ofFile("divers.csv"));
            assertThat(f.message()).isEqualTo("Fichier non reconnu : colonnes trouvées « Produit », « Prix » ; "
                    + "attendues pour l'une des sources : adhérents (N° adhérent, Nom, Date d'adhésion) ; "
                    + "actions (Date, Intitulé, Catégorie) ; bénévolat (Bénévole, Date, Heures) ; "
                    + "relevé bancaire (Date, Libellé, Montant ou Débit et Crédit) ; "
                    + "planning du programme (Axe, Action) ; budget prévisionnel (Poste ou Compte, Budget <année>)");
        });
    }

    @Test
    void binaryContentRenamedCsvIsUnreadable() throws IOException {
        Path file = Files.write(dir.resolve("x.csv"), new byte[] {1, 0, 2, 0, 3});

        RegisterReadResult result = reader.read(file, "x.csv", Map.of());

        assertThat(result.findings()).extracting(Finding::check).containsExactly(CheckId.FILE_UNREADABLE);
    }

    @Test
    void anEmptyFileIsReportedAsEmpty() throws IOException {
        Path file = write("vide.csv", "", StandardCharsets.UTF_8);

        RegisterReadResult result = reader.read(file, "vide.csv", Map.of());

        assertThat(result.findings()).extracting(Finding::check).containsExactly(CheckId.FILE_EMPTY);
    }

    private Path write(String name, String text, Charset charset) throws IOException {
        return Files.write(dir.resolve(name), text.getBytes(charset));
    }
}
