package org.cloture.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Writes outputs so that a reader never sees a half-written report: temp file beside it, flushed to disk,
 * then renamed over the report in one step. A process killed while writing leaves the previous report
 * whole and a temp file, which the next write of the same report removes.
 */
public final class AtomicFiles {

    /** {@code .<name>.<uuid>.tmp}: the temp files this class creates, and only those. */
    private static final Pattern TEMPORARY = Pattern.compile(
            "\\..+\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.tmp");

    /** Something that writes a whole document to a stream. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream output) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path target, Writer writer) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        removeLeftovers(target);
        // Not createTempFile: its owner-only permissions would stay on the published report.
        Path temporary = directory.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                OutputStream output = Channels.newOutputStream(channel);
                writer.writeTo(output);
                output.flush();
                // On disk before the rename: after a power cut the report is the old one or the new one.
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    public static void write(Path target, byte[] content) throws IOException {
        write(target, output -> output.write(content));
    }

    /**
     * Deletes the temp files of {@code target} that a killed process left beside it. Only one Clôture works
     * on a data directory at a time, so no other writer of this report is alive.
     */
    static void removeLeftovers(Path target) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        String prefix = "." + target.getFileName() + ".";
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(directory, path -> {
            String name = path.getFileName().toString();
            return name.startsWith(prefix) && name.length() == prefix.length() + 36 + 4
                    && TEMPORARY.matcher(name).matches();
        })) {
            for (Path leftover : siblings) {
                Files.deleteIfExists(leftover);
            }
        }
    }
}
