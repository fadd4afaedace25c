package org.cloture.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lock in one JVM; CrashRecoveryFunctionalTests holds it from another process. */
class DataDirectoryLockTest {

    @TempDir
    Path data;

    @Test
    void theHolderWritesWhoItIsAndASecondAcquireIsRefusedNamingIt() throws Exception {
        try (DataDirectoryLock lock = DataDirectoryLock.acquire(data.resolve("data"), "run")) {
            assertThat(Files.readString(lock.file(), StandardCharsets.UTF_8))
                    .contains("pid=" + ProcessHandle.current().pid(), "command=run", "started=");

            assertThatThrownBy(() -> DataDirectoryLock.acquire(data.resolve("data"), "check"))
                    .isInstanceOfSatisfying(DataDirectoryLock.InUseException.class, busy -> {
                        assertThat(busy.getMessage()).contains("Une autre exécution de Clôture",
                                "la commande « run »", "processus " + ProcessHandle.current().pid(),
                                "Rien n'a été modifié");
                        assertThat(busy.holder()).get().extracting(DataDirectoryLock.Holder::command)
                                .isEqualTo("run");
                    });
            assertThat(DataDirectoryLock.currentHolder(data.resolve("data"))).get()
                    .extracting(DataDirectoryLock.Holder::command).isEqualTo("run");
        }
    }

    @Test
    void closingReleasesTheLockAndClearsTheDescriptionButKeepsTheFile() throws Exception {
        Path file;
        try (DataDirectoryLock lock = DataDirectoryLock.acquire(data, "run")) {
            file = lock.file();
        }

        assertThat(file).exists().isEmptyFile();
        assertThat(DataDirectoryLock.currentHolder(data)).isEmpty();
        try (DataDirectoryLock again = DataDirectoryLock.acquire(data, "status")) {
            assertThat(again.holder().command()).isEqualTo("status");
        }
    }

    @Test
    void aLockFileLeftByADeadProcessDoesNotBlock() throws Exception {
        Files.writeString(data.resolve(DataDirectoryLock.FILE_NAME), "pid=999999\ncommand=run\nstarted=2020-01-01T00:00:00Z\n");

        try (DataDirectoryLock lock = DataDirectoryLock.acquire(data, "run")) {
            assertThat(lock.holder().pid()).isEqualTo(ProcessHandle.current().pid());
        }
    }
}
