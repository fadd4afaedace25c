package org.cloture.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default year: the latest year folder, unless it only holds the coming year's programme. */
class YearFoldersTest {

    @TempDir
    Path input;

    @Test
    void theComingYearsProgrammeFolderIsNotAYearToClose() throws IOException {
        Files.createDirectories(input.resolve("2024"));
        Files.writeString(Files.createDirectories(input.resolve("2025")).resolve("900000001FEC20251231.txt"), "x");
        Path coming = Files.createDirectories(input.resolve("2026"));
        Files.writeString(coming.resolve("programme.md"), "# Programme 2026");
        Files.writeString(coming.resolve("planning.xlsx"), "x");
        assertThat(YearFolders.toClose(input)).contains(2025);
    }

    @Test
    void aYearWithItsFecIsClosedEvenWithAProgrammeText() throws IOException {
        Files.createDirectories(input.resolve("2025"));
        Path year = Files.createDirectories(input.resolve("2026"));
        Files.writeString(year.resolve("programme.docx"), "x");
        Files.writeString(year.resolve("900000001FEC20261231.txt"), "x");
        assertThat(YearFolders.toClose(input)).contains(2026);
    }

    @Test
    void aLoneFolderIsTheYearWhateverItHolds() throws IOException {
        Files.writeString(Files.createDirectories(input.resolve("2026")).resolve("programme.md"), "x");
        assertThat(YearFolders.toClose(input)).contains(2026);
    }
}
