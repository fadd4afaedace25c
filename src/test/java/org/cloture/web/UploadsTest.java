package org.cloture.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.cloture.ingest.DropFolderIngest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadsTest {

    @TempDir
    Path input;


    @Test
    void aReplacedFileKeepsItsPreviousVersionOutOfTheIngestsSight() throws Exception {
        Uploads into = new Uploads(input, Clock.fixed(Instant.parse("2026-03-01T10:15:30Z"), ZoneOffset.UTC));
        into.store(2025, "adherents.csv", stream("version 1"));

        Uploads.Stored second = into.store(2025, "adherents.csv", stream("version 2"));

        assertThat(second.replaced()).isTrue();
        assertThat(Files.readString(input.resolve("2025/adherents.csv"))).isEqualTo("version 2");
        assertThat(Files.readString(second.previousVersion())).isEqualTo("version 1");
        assertThat(second.previousVersion().getFileName().toString()).isEqualTo("20260301-101530-adherents.csv");
        assertThat(DropFolderIngest.sourceFiles(input.resolve("2025"))).as("only the current file is read")
                .containsExactly(input.resolve("2025/adherents.csv"));
        try (var left = Files.list(input.resolve("2025"))) {
            assertThat(left.map(path -> path.getFileName().toString())).as("no temporary file left")
                    .containsExactlyInAnyOrder("adherents.csv", Uploads.VERSIONS);
        }
    }

    @Test
    void aLinkInTheFolderIsNeverWrittenThrough() throws Exception {
        Uploads into = new Uploads(input, Clock.systemUTC());
        Path outside = Files.writeString(Files.createTempFile("outside", ".csv"), "intact");
        Files.createDirectories(input.resolve("2025"));
        Files.createSymbolicLink(input.resolve("2025/comptes.csv"), outside);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> into.store(2025, "comptes.csv", stream("pirate")))
                .hasMessageContaining("n'est pas un fichier ordinaire");
        assertThat(Files.readString(outside)).isEqualTo("intact");
        Files.delete(outside);
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
