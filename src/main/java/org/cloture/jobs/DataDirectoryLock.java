package org.cloture.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Properties;

/**
 * One Clôture at a time per data directory: an operating-system lock on {@code <data>/cloture.lock}, held
 * for the whole command. The OS releases it when the process ends in any way, kill -9 included, so a
 * stale lock never needs cleaning. The file also says who holds it (pid, command, start), for the message
 * the next instance prints.
 *
 * <pre>{@code
 * try (DataDirectoryLock lock = DataDirectoryLock.acquire(dataDir, "run")) {
 *     ... start Spring, open the database, work ...
 * } catch (DataDirectoryLock.InUseException busy) {
 *     err.println(busy.getMessage());   // French, names the other process
 * }
 * }</pre>
 */
public final class DataDirectoryLock implements AutoCloseable {

    public static final String FILE_NAME = "cloture.lock";

    /**
     * The locked byte lies beyond the holder's description: on Windows a locked range cannot be read by
     * other processes, and the next instance must read the description to name the holder.
     */
    private static final long LOCKED_POSITION = 1L << 20;

    private static final DateTimeFormatter FRENCH_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm:ss");

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final Holder holder;

    private DataDirectoryLock(Path file, FileChannel channel, FileLock lock, Holder holder) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.holder = holder;
    }

    /** Who holds (or last held) the lock: process id, command and when it started. */
    public record Holder(long pid, String command, Instant started) {

        /** "la commande « run » (processus 1234, démarrée le 27/11/2026 à 10:02:03)". */
        public String describe() {
            String since = started == null ? "" : ", démarrée le "
                    + FRENCH_TIME.format(LocalDateTime.ofInstant(started, ZoneId.systemDefault()));
            return "la commande « " + command + " » (processus " + (pid > 0 ? pid : "inconnu") + since + ")";
        }

        String toFileText() {
            return "pid=" + pid + "\ncommand=" + command + "\nstarted=" + started + "\n";
        }

        static Optional<Holder> parse(String text) {
            Properties properties = new Properties();
            try {
                properties.load(new java.io.StringReader(text));
                String command = properties.getProperty("command");
                if (command == null) {
                    return Optional.empty();
                }
                String started = properties.getProperty("started");
                return Optional.of(new Holder(Long.parseLong(properties.getProperty("pid", "0")), command,
                        started == null || started.equals("null") ? null : Instant.parse(started)));
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }
    }

    /** Another process (or another command of this process) works on the data directory. */
    public static final class InUseException extends Exception {

        private final transient Holder holder;

        InUseException(Path dataDirectory, Holder holder) {
            super("Une autre exécution de Clôture utilise déjà le dossier de données "
                    + dataDirectory.toAbsolutePath().normalize() + " : "
                    + (holder == null ? "processus inconnu" : holder.describe())
                    + ". Attendez qu'elle se termine, puis relancez la commande. Rien n'a été modifié.");
            this.holder = holder;
        }

        /** Who holds the lock, when its file says so. */
        public Optional<Holder> holder() {
            return Optional.ofNullable(holder);
        }
    }

    /**
     * Takes the lock of {@code dataDirectory} (created if missing) for {@code command}, or fails at once —
     * never waits — naming the holder.
     */
    public static DataDirectoryLock acquire(Path dataDirectory, String command) throws InUseException {
        Path file = dataDirectory.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            Files.createDirectories(dataDirectory);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock(LOCKED_POSITION, 1, false);
            } catch (OverlappingFileLockException e) {
                lock = null;  // held by this very JVM, e.g. a run launched while the service works
            }
            if (lock == null) {
                channel.close();
                throw new InUseException(dataDirectory, readHolder(file).orElse(null));
            }
            Holder holder = new Holder(ProcessHandle.current().pid(), command, Instant.now());
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(holder.toFileText().getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new DataDirectoryLock(file, channel, lock, holder);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("Verrou impossible sur " + file, e);
        }
    }

    /**
     * Who holds the lock of {@code dataDirectory} right now, without taking it; empty when nobody does.
     * Takes and releases the lock to know, so it may be called while nothing runs.
     */
    public static Optional<Holder> currentHolder(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock probe;
            try {
                probe = channel.tryLock(LOCKED_POSITION, 1, false);
            } catch (OverlappingFileLockException e) {
                probe = null;
            }
            if (probe != null) {
                probe.release();
                return Optional.empty();
            }
            return Optional.of(readHolder(file).orElse(new Holder(0, "?", null)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Holder> readHolder(Path file) {
        try {
            return Holder.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public Path file() {
        return file;
    }

    public Holder holder() {
        return holder;
    }

    /**
     * Empties the description, then releases the lock. The file itself stays: deleting it would let a
     * process that opened the old file and one that creates a new one both believe they hold the lock.
     */
    @Override
    public void close() {
        try {
            if (lock.isValid()) {
                channel.truncate(0);
                lock.release();
            }
        } catch (IOException e) {
            // The OS releases the lock with the channel below anyway.
        } finally {
            closeQuietly(channel);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // Nothing more to release.
            }
        }
    }
}
