package org.cloture.ingest.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloture.ingest.table.Workbooks.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken or hostile files: each gives a clear finding, never an exception, and memory stays bounded. */
class HostileFilesTest {

    private static final Object[] MEMBER_HEADERS = {"N° adhérent", "Nom", "Type", "Date d'adhésion"};
    private static final String SHEET = "xl/worksheets/sheet1.xml";
    private static final String SHEET_START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    private static final String SHEET_END = "</sheetData></worksheet>";

    @TempDir
    Path dir;

    private final RegisterReader reader = new RegisterReader();

    @Test
    void aZeroByteSpreadsheetOrCsvIsAnEmptyFile() throws IOException {
        for (String name : new String[] {"adherents.xlsx", "adherents.csv", "adherents.xls", "adherents.ods"}) {
            Path file = Files.createFile(dir.resolve(name));

            RegisterReadResult result = reader.read(file, name, Map.of());

            assertThat(result.sheets()).isEmpty();
            assertThat(result.findings()).singleElement().satisfies(f -> {
                assertThat(f.check()).isEqualTo(CheckId.FILE_EMPTY);
                assertThat(f.location()).isEqualTo(SourceLocation.ofFile(name));
            });
        }
    }

    @Test
    void anXlsxZipBombIsRefusedBeforeAnyReaderInflatesIt() throws IOException {
        Path good = workbook().sheet("Feuil1", MEMBER_HEADERS).writeTo(dir.resolve("good.xlsx"));
        // 400 MB of one text node: a streaming XML reader would still gather it into one String.
        Path bomb = ZipParts.replace(good, dir.resolve("bombe.xlsx"), Map.of(SHEET, ZipParts.repeated(
                SHEET_START + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>", (byte) 'A', 400L << 20,
                "</t></is></c></row>" + SHEET_END)));
        assertThat(Files.size(bomb)).isLessThan(1L << 20);

        RegisterReadResult result = reader.read(bomb, "bombe.xlsx", Map.of());

        assertThat(result.sheets()).isEmpty();
        assertThat(result.members()).isEmpty();
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(CheckId.FILE_REFUSED);
            assertThat(f.location()).isEqualTo(SourceLocation.ofFile("bombe.xlsx"));
            assertThat(f.message()).isEqualTo("Fichier refusé par précaution : la partie « " + SHEET
                    + " » se décompresse plus de 200 fois : archive anormale (bombe de décompression ?)");
        });
    }

    @Test
    void aRealisticRegisterPassesTheInflationGuard() throws IOException {
        Path file = LargeMembershipWorkbook.write(dir.resolve("grand.xlsx"), 20_000);

        RegisterReadResult result = reader.read(file, "grand.xlsx", Map.of());

        assertThat(result.findings()).isEmpty();
        assertThat(result.members()).hasSize(20_000);
        assertThat(result.sheets()).singleElement().satisfies(s -> assertThat(s.rowsRead()).isEqualTo(20_000));
    }

    @Test
    void externalEntitiesInASheetAreNeverResolved() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "MOT-DE-PASSE-SECRET");
        Path good = workbook().sheet("Feuil1", MEMBER_HEADERS).writeTo(dir.resolve("good.xlsx"));
        String doctype = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE worksheet ["
                + "<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">"
                + "<!ENTITY host SYSTEM \"file:///etc/hostname\">]>";
        String sheet = doctype + SHEET_START.substring(SHEET_START.indexOf("<worksheet"))
                + row(1, "N° adhérent", "Nom", "Type", "Date d'adhésion")
                + row(2, "A001", "&xxe;", "PP", "15/03/2019")
                + row(3, "A002", "&host;", "PP", "15/03/2019")
                + SHEET_END;
        Path hostile = ZipParts.replace(good, dir.resolve("xxe.xlsx"), Map.of(SHEET, ZipParts.text(sheet)));

        RegisterReadResult result = reader.read(hostile, "xxe.xlsx", Map.of());

        assertNothingContains(result, "MOT-DE-PASSE-SECRET");
        hostname().ifPresent(name -> assertNothingContains(result, name));
        // The XML reader refuses the DTD outright: the file is reported, nothing of it is loaded.
        assertThat(result.members()).isEmpty();
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(CheckId.FILE_UNREADABLE);
            assertThat(f.location()).isEqualTo(SourceLocation.ofFile("xxe.xlsx"));
        });
    }

    @Test
    void externalEntitiesInSharedStringsAreNeverResolved() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "MOT-DE-PASSE-SECRET");
        Path good = workbook().sheet("Feuil1", MEMBER_HEADERS,
                new Object[] {"A001", "Durand", "PP", LocalDate.of(2019, 3, 15)}).writeTo(dir.resolve("good.xlsx"));
        String strings = new String(ZipParts.read(good, "xl/sharedStrings.xml"), StandardCharsets.UTF_8)
                .replaceFirst("<\\?xml[^>]*\\?>", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>")
                .replace(">Durand<", ">&xxe;<");
        Path hostile = ZipParts.replace(good, dir.resolve("xxe.xlsx"),
                Map.of("xl/sharedStrings.xml", ZipParts.text(strings)));

        RegisterReadResult result = reader.read(hostile, "xxe.xlsx", Map.of());

        assertNothingContains(result, "MOT-DE-PASSE-SECRET");
        assertThat(result.members()).isEmpty();
        assertThat(result.findings()).extracting(Finding::check).containsExactly(CheckId.FILE_UNREADABLE);
    }

    @Test
    void anXlsxEncryptedWithAPasswordSaysSo() throws Exception {
        Path plain = workbook().sheet("Feuil1", MEMBER_HEADERS,
                new Object[] {"A001", "Durand", "PP", LocalDate.of(2019, 3, 15)}).writeTo(dir.resolve("clair.xlsx"));
        Path encrypted = dir.resolve("protege.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                Files.copy(plain, out);
            }
            try (OutputStream file = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(file);
            }
        }

        RegisterReadResult result = reader.read(encrypted, "protege.xlsx", Map.of());

        assertThat(result.members()).isEmpty();
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(CheckId.FILE_UNREADABLE);
            assertThat(f.location()).isEqualTo(SourceLocation.ofFile("protege.xlsx"));
            assertThat(f.message()).isEqualTo("Fichier illisible : classeur protégé par un mot de passe, "
                    + "ou enregistré au format Excel 97-2003 sous l'extension .xlsx");
        });
    }

    @Test
    void aCsvWithA100MegabyteLineIsRefusedWithItsLineNumber() throws IOException {
        Path file = dir.resolve("adherents.csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("N° adhérent;Nom;Type;Date d'adhésion\n");
            out.write("A001;Durand;PP;15/03/2019\n");
            char[] chunk = new char[1 << 20];
            java.util.Arrays.fill(chunk, 'x');
            for (int i = 0; i < 100; i++) {
                out.write(chunk);
            }
        }

        RegisterReadResult result = reader.read(file, "adherents.csv", Map.of());

        // The row before the endless line was already handed over when the guard stopped the reading.
        assertThat(result.members()).hasSize(1);
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(CheckId.FILE_REFUSED);
            assertThat(f.location()).isEqualTo(SourceLocation.ofFile("adherents.csv"));
            assertThat(f.message()).isEqualTo("Fichier refusé par précaution : la ligne 3 dépasse 1048576 caractères "
                    + "sans fin de ligne (ou un guillemet n'est jamais refermé)");
        });
    }

    private static String row(int number, String... values) {
        StringBuilder xml = new StringBuilder("<row r=\"" + number + "\">");
        for (int c = 0; c < values.length; c++) {
            xml.append("<c r=\"").append((char) ('A' + c)).append(number).append("\" t=\"inlineStr\"><is><t>")
                    .append(values[c]).append("</t></is></c>");
        }
        return xml.append("</row>").toString();
    }

    private static java.util.Optional<String> hostname() {
        try {
            String name = Files.readString(Path.of("/etc/hostname")).strip();
            return name.length() >= 3 ? java.util.Optional.of(name) : java.util.Optional.empty();
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    private static void assertNothingContains(RegisterReadResult result, String secret) {
        Stream<String> values = Stream.of(
                result.members().stream().flatMap(m -> Stream.of(m.memberId(), m.name(), m.firstName())),
                result.rejectedRows().stream().flatMap(r -> Stream.of(r.rawText(), r.reason())),
                result.findings().stream().flatMap(f -> Stream.of(f.message(), f.value()))).flatMap(s -> s);
        assertThat(values.filter(v -> v != null && v.contains(secret))).isEmpty();
    }
}
