package org.cloture.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.cloture.source.CheckId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What users drop by mistake must end as one clear finding, never an exception nor an exhausted heap. */
class FecHostileInputTest {

    @TempDir
    Path dir;

    private final FecFileReader reader = new FecFileReader();

    @Test
    void binaryFileNamedLikeAFecIsOneUnreadableFinding() throws Exception {
        byte[] bytes = new byte[64 * 1024];
        new Random(7).nextBytes(bytes);
        Path file = Files.write(dir.resolve("123456789FEC20231231.txt"), bytes);

        assertThat(reader.accepts(file)).isTrue();
        RecordingSink sink = read(file);

        assertThat(sink.fecLines).isEmpty();
        assertThat(sink.findings).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(CheckId.FILE_UNREADABLE);
            assertThat(f.location().toString()).isEqualTo("123456789FEC20231231.txt");
            assertThat(f.message()).isEqualTo("Fichier illisible : contenu binaire (octets nuls ou de contrôle), "
                    + "ce n'est pas un fichier texte");
        });
    }

    @Test
    void binaryTxtThatLooksLikeNothingIsTakenByNoLedgerReaderAndEndsAsAFinding() throws Exception {
        byte[] bytes = new byte[4096];
        new Random(11).nextBytes(bytes);
        Path file = Files.write(dir.resolve("export.txt"), bytes);
        List<SourceFileReader> chain = DropFolderIngest.allReaders();

        SourceFileReader taker = chain.stream().filter(r -> r.accepts(file)).findFirst().orElseThrow();
        RecordingSink sink = new RecordingSink();
        ReadSummary summary = taker.read(file, "export.txt", 2023, RecordingSink.calendarYear(), sink);

        assertThat(taker).isInstanceOf(RegisterFileReader.class);
        assertThat(summary.rowsRead()).isZero();
        assertThat(sink.fecLines).isEmpty();
        assertThat(sink.findings).isNotEmpty();
    }

    @Test
    void nulBytesInAFecMakeItUnreadableWithoutException() throws Exception {
        String text = FecFileReaderPartsTest.HEADER + "\n" + String.join("\n", FecFileReaderPartsTest.dataLines(4));
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 10] = 0;
        Path file = Files.write(dir.resolve("123456789FEC20231231.txt"), bytes);

        RecordingSink sink = read(file);

        assertThat(sink.fecLines).isEmpty();
        assertThat(sink.findings).singleElement().satisfies(f -> assertThat(f.check()).isEqualTo(CheckId.FILE_UNREADABLE));
    }

    @Test
    void utf16FecIsNamedAsSuch() throws Exception {
        String text = "\uFEFF" + FecFileReaderPartsTest.HEADER + "\n" + String.join("\n", FecFileReaderPartsTest.dataLines(2));
        Path file = Files.write(dir.resolve("123456789FEC20231231.txt"), text.getBytes(StandardCharsets.UTF_16LE));

        RecordingSink sink = read(file);

        assertThat(sink.findings).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("Fichier illisible : texte encodé en UTF-16 : enregistrez-le en UTF-8 ou ISO-8859-15"));
    }

    /** A file without line ends (or a 2 GB one-line file) stops at the line cap: the heap stays bounded. */
    @Test
    void aLineLongerThanTheCapStopsTheReadWithAFinding() throws Exception {
        Path file = dir.resolve("123456789FEC20231231.txt");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(FecFileReaderPartsTest.HEADER + "\n");
            out.write(FecFileReaderPartsTest.dataLines(2).get(0) + "\n");
            out.write(FecFileReaderPartsTest.dataLines(2).get(1) + "\n");
            char[] chunk = "x".repeat(64 * 1024).toCharArray();
            for (int i = 0; i < 20; i++) {
                out.write(chunk);
            }
        }

        RecordingSink sink = read(file);

        assertThat(sink.fecLines).hasSize(2);
        assertThat(sink.findings).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(CheckId.FILE_UNREADABLE);
            assertThat(f.isBlocking()).isTrue();
            assertThat(f.message()).isEqualTo(
                    "Fichier illisible : erreur de lecture (ligne 4 de plus de 1000000 caractères)");
        });
    }

    private RecordingSink read(Path file) throws IOException {
        RecordingSink sink = new RecordingSink();
        reader.read(file, file.getFileName().toString(), 2023, RecordingSink.calendarYear(), sink);
        return sink;
    }
}
