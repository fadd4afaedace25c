package org.cloture.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path reports;

    @Test
    void aWriterThatFailsHalfwayLeavesThePreviousReportWholeAndNoTempFile() throws IOException {
        Path report = reports.resolve("rapport.json");
        AtomicFiles.write(report, "{\"version\": 1}".getBytes());

        assertThatThrownBy(() -> AtomicFiles.write(report, output -> {
            output.write("{\"version\": 2, \"half".getBytes());
            throw new IOException("disque plein");
        })).hasMessage("disque plein");

        assertThat(report).hasContent("{\"version\": 1}");
        assertThat(names()).containsExactly("rapport.json");
    }

    @Test
    void theTempFilesAKilledProcessLeftBesideAReportGoWithItsNextWrite() throws IOException {
        Path report = reports.resolve("rapport.pdf");
        Path leftover = reports.resolve(".rapport.pdf." + UUID.randomUUID() + ".tmp");
        Path otherReportsLeftover = reports.resolve(".controles.xlsx." + UUID.randomUUID() + ".tmp");
        Path userFile = reports.resolve(".rapport.pdf.mine.tmp");
        Files.writeString(leftover, "half a PDF");
        Files.writeString(otherReportsLeftover, "half a workbook");
        Files.writeString(userFile, "not ours");

        AtomicFiles.write(report, "PDF".getBytes());

        assertThat(report).hasContent("PDF");
        assertThat(leftover).doesNotExist();
        assertThat(otherReportsLeftover).exists();
        assertThat(userFile).exists();
    }

    private java.util.List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(reports)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
