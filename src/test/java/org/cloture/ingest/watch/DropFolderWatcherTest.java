package org.cloture.ingest.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher on a real folder, with a clock moved by hand. */
class DropFolderWatcherTest {

    @TempDir
    Path input;

    private final MutableClock clock = new MutableClock();
    private DropFolderWatcher watcher;

    private DropFolderWatcher watcher(Duration pollInterval) {
        watcher = new DropFolderWatcher(input, new StabilityTracker(clock, Duration.ofSeconds(5)), clock, pollInterval);
        return watcher;
    }

    @AfterEach
    void close() {
        if (watcher != null) {
            watcher.close();
        }
    }

    private List<DropChange> tickAfter(int seconds) {
        clock.advance(Duration.ofSeconds(seconds));
        return watcher.tick();
    }

    @Test
    void aFileCopiedInChunksIsHandedOverOnceTheCopyHasBeenStillForTheQuietPeriod() throws IOException {
        watcher(Duration.ofSeconds(1));
        Path file = Files.createDirectories(input.resolve("2023")).resolve("adherents.csv");
        Files.writeString(file, "N° adhérent;Nom\n");
        assertThat(watcher.tick()).isEmpty();
        for (int chunk = 0; chunk < 4; chunk++) {
            Files.writeString(file, "A" + chunk + ";Nom " + chunk + "\n", StandardOpenOption.APPEND);
            assertThat(tickAfter(3)).as("chunk %d", chunk).isEmpty();
        }

        assertThat(tickAfter(3)).as("the last chunk was seen 3 s ago").isEmpty();
        assertThat(tickAfter(2)).containsExactly(new DropChange(file.toAbsolutePath(), 2023, false));
        assertThat(tickAfter(30)).as("handed over once").isEmpty();
    }

    @Test
    void aFileInAFederationMemberFolderIsHandedOverWithTheYearOfItsFolder() throws IOException {
        watcher(Duration.ofSeconds(1));
        Path member = Files.createDirectories(input.resolve("2023").resolve("cs-wazemmes"));
        Files.createDirectories(input.resolve("2023").resolve(".cache"));
        Path file = Files.writeString(member.resolve("adherents.csv"), "N° adhérent;Nom\n");
        Files.writeString(input.resolve("2023").resolve(".cache").resolve("x.csv"), "x");

        watcher.tick();

        assertThat(tickAfter(6)).containsExactly(new DropChange(file.toAbsolutePath(), 2023, false));
    }

    @Test
    void officeLockFilesAndTemporaryFilesAreIgnored() throws IOException {
        watcher(Duration.ofSeconds(1));
        Path year = Files.createDirectories(input.resolve("2023"));
        for (String name : List.of("~$adherents.xlsx", ".~lock.adherents.xlsx#", "adherents.xlsx.part",
                "benevolat.xlsx.crdownload", "export.tmp", ".DS_Store")) {
            Files.writeString(year.resolve(name), "x");
        }
        Files.writeString(year.resolve("activites.csv"), "Date;Intitulé\n");

        watcher.tick();

        assertThat(tickAfter(6)).extracting(change -> change.file().getFileName().toString())
                .containsExactly("activites.csv");
    }

    @Test
    void theAssociationFileConcernsEveryYearAndAFileRemovedIsHandedOverAsGone() throws IOException {
        watcher(Duration.ofSeconds(1));
        Path config = Files.writeString(input.resolve("association.yml"), "name: Asso\n");
        Path fec = Files.writeString(Files.createDirectories(input.resolve("2022")).resolve("fec.txt"), "x");
        watcher.tick();
        assertThat(tickAfter(6)).containsExactlyInAnyOrder(new DropChange(config.toAbsolutePath(), null, false),
                new DropChange(fec.toAbsolutePath(), 2022, false));

        Files.delete(fec);
        assertThat(tickAfter(1)).isEmpty();

        assertThat(tickAfter(6)).containsExactly(new DropChange(fec.toAbsolutePath(), 2022, true));
    }

    @Test
    void withoutEventsTheFolderIsOnlySeenAtEachPollingScan() throws IOException {
        watcher(Duration.ofSeconds(60));
        watcher.tick();
        Path file = Files.writeString(Files.createDirectories(input.resolve("2023")).resolve("fec.txt"), "x");

        assertThat(tickAfter(30)).as("no event, no scan yet").isEmpty();
        assertThat(tickAfter(30)).as("seen by the scan at 60 s, not yet still for 5 s").isEmpty();
        assertThat(tickAfter(5)).containsExactly(new DropChange(file.toAbsolutePath(), 2023, false));
    }

    @Test
    void withEventsADropIsSeenBeforeTheNextPollingScan() throws Exception {
        watcher(Duration.ofHours(1));
        Files.createDirectories(input.resolve("2023"));
        assertThat(watcher.listen()).isTrue();
        watcher.tick();
        Path file = Files.writeString(input.resolve("2023/fec.txt"), "x");

        List<DropChange> changes = List.of();
        for (int attempt = 0; attempt < 100 && changes.isEmpty(); attempt++) {
            Thread.sleep(100);
            changes = tickAfter(6);
        }

        assertThat(changes).containsExactly(new DropChange(file.toAbsolutePath(), 2023, false));
    }
}
