package org.cloture.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cloture.ingest.fec.FecLine;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A FEC split in parts {@code _1}, {@code _2}…, each part a file of the folder (fec.md §2). */
class FecFileReaderPartsTest {

    static final String HEADER = FecFixtures.HEADER;

    @TempDir
    Path dir;

    private final FecFileReader reader = new FecFileReader();

    @Test
    void aFecSplitInTwoOrThreePartsGivesTheLinesOfTheWhole() throws Exception {
        List<String> data = dataLines(12);
        RecordingSink whole = read(write("whole", "123456789FEC20231231.txt", HEADER, data));

        // Part 2 continues without a header (as exporters cut); part 3 repeats it (as others do).
        Path two = dir.resolve("two");
        write("two", "123456789FEC20231231_1.txt", HEADER, data.subList(0, 5));
        Path twoB = write("two", "123456789FEC20231231_2.txt", null, data.subList(5, 12));
        Path three = dir.resolve("three");
        write("three", "123456789FEC20231231_1.txt", HEADER, data.subList(0, 3));
        write("three", "123456789FEC20231231_2.txt", null, data.subList(3, 8));
        write("three", "123456789FEC20231231_3.txt", HEADER, data.subList(8, 12));

        assertThat(whole.findings).isEmpty();
        assertThat(whole.fecLines).hasSize(12);
        assertThat(linesOfParts(two)).containsExactlyElementsOf(withoutLocations(whole.fecLines));
        assertThat(linesOfParts(three)).containsExactlyElementsOf(withoutLocations(whole.fecLines));

        RecordingSink continuation = read(twoB);
        assertThat(continuation.findings).isEmpty();
        assertThat(continuation.fecLines).hasSize(7);
        assertThat(continuation.fecLines.get(0).location().toString()).isEqualTo("123456789FEC20231231_2.txt:1");
        assertThat(continuation.fecLines.get(6).location().toString()).isEqualTo("123456789FEC20231231_2.txt:7");
        assertThat(three.resolve("123456789FEC20231231_3.txt")).satisfies(p ->
                assertThat(read(p).fecLines.get(0).location().row()).isEqualTo(2));
    }

    @Test
    void readSummaryCountsTheRowsOfThePartOnly() throws Exception {
        List<String> data = dataLines(6);
        write("p", "123456789FEC20231231_1.txt", HEADER, data.subList(0, 2));
        Path second = write("p", "123456789FEC20231231_2.txt", null, data.subList(2, 6));

        ReadSummary summary = reader.read(second, second.getFileName().toString(), 2023, RecordingSink.calendarYear(),
                new RecordingSink());

        assertThat(summary.rowsRead()).isEqualTo(4);
        assertThat(summary.kinds()).containsExactly(ReadSummary.SourceKind.FEC);
    }

    @Test
    void aContinuationPartWithoutItsFirstPartIsABlockingFindingAndLoadsNothing() throws Exception {
        Path alone = write("alone", "123456789FEC20231231_2.txt", null, dataLines(4));

        RecordingSink sink = read(alone);

        assertThat(sink.fecLines).isEmpty();
        assertThat(sink.findings).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(CheckId.FEC_PART_HEADER_MISSING);
            assertThat(f.isBlocking()).isTrue();
            assertThat(f.location().toString()).isEqualTo("123456789FEC20231231_2.txt:1");
            assertThat(f.message()).isEqualTo(
                    "Partie 2 d'un FEC découpé sans ligne d'en-tête, et partie 1 (_1) introuvable dans le dossier");
        });
    }

    @Test
    void aContinuationPartIsAcceptedByItsNameAlone() throws Exception {
        Path part = write("n", "123456789FEC20231231_2.txt", null, dataLines(2));

        assertThat(reader.accepts(part)).isTrue();
    }

    /** Two-line balanced entries, numbered 1, 2…, one per pair of lines. */
    static List<String> dataLines(int count) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int entry = i / 2 + 1;
            String account = i % 2 == 0 ? "512000" : "756000";
            String debit = i % 2 == 0 ? entry + ",00" : "0,00";
            String credit = i % 2 == 0 ? "0,00" : entry + ",00";
            lines.add(String.join("\t", "BQ", "Banque", "BQ" + String.format("%06d", entry), "20230315", account,
                    "Compte", "", "", "P" + entry, "20230314", "Ligne " + i, debit, credit, "", "", "20230320", "",
                    ""));
        }
        return lines;
    }

    private Path write(String folder, String name, String header, List<String> lines) throws Exception {
        Path target = Files.createDirectories(dir.resolve(folder)).resolve(name);
        StringBuilder text = new StringBuilder();
        if (header != null) {
            text.append(header).append("\r\n");
        }
        lines.forEach(line -> text.append(line).append("\r\n"));
        return Files.writeString(target, text, StandardCharsets.UTF_8);
    }

    private RecordingSink read(Path file) {
        RecordingSink sink = new RecordingSink();
        reader.read(file, file.getFileName().toString(), 2023, RecordingSink.calendarYear(), sink);
        return sink;
    }

    /** The parts read one by one, in suffix order, as DropFolderIngest does (sorted names). */
    private List<FecLine> linesOfParts(Path folder) throws Exception {
        List<FecLine> lines = new ArrayList<>();
        try (var parts = Files.list(folder)) {
            for (Path part : parts.sorted().toList()) {
                RecordingSink sink = read(part);
                assertThat(sink.findings).extracting(Finding::check).doesNotContain(CheckId.FEC_PART_HEADER_MISSING);
                lines.addAll(sink.fecLines);
            }
        }
        return withoutLocations(lines);
    }

    private static List<FecLine> withoutLocations(List<FecLine> lines) {
        return lines.stream().map(RecordingSink::withoutLocation).toList();
    }
}
