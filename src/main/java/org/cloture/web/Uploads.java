package org.cloture.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * Writes an uploaded file into {@code input/<year>/}, as a person copying it into the share would, but
 * atomically: the bytes go to a hidden temporary file of the folder (never read by the ingest), are
 * synced, then renamed over the target. The version it replaces is kept first in the hidden folder
 * {@code input/<year>/.versions/} (never read either), named with the date of the replacement.
 */
public final class Uploads {

    /** Where replaced versions are kept, inside each year folder. */
    public static final String VERSIONS = ".versions";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path inputRoot;
    private final Clock clock;

    public Uploads(Path inputRoot, Clock clock) {
        this.inputRoot = inputRoot;
        this.clock = clock;
    }

    /** What happened to one uploaded file. */
    public record Stored(String name, boolean replaced, Path previousVersion) {
    }

    /** Stores {@code content} as {@code name} (already checked by {@link UploadedFileName}) in the year folder. */
    public Stored store(int year, String name, InputStream content) throws IOException {
        Path folder = inputRoot.resolve(Integer.toString(year));
        Files.createDirectories(folder);
        Path target = folder.resolve(name).normalize();
        if (!target.getParent().equals(folder.normalize())) {
            throw new IllegalArgumentException("Nom hors du dossier de l'exercice : " + name);
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("« " + name + " » existe déjà dans le dossier et n'est pas un fichier ordinaire");
        }
        Path temporary = folder.resolve(".depot-" + UUID.randomUUID() + ".part");
        try {
            Files.copy(content, temporary);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Path previous = null;
            if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                Path versions = Files.createDirectories(folder.resolve(VERSIONS));
                previous = versions.resolve(STAMP.format(LocalDateTime.now(clock)) + "-" + name);
                // A copy, not a move: the folder never lacks the file, so the watcher never sees it withdrawn.
                Files.copy(target, previous, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Stored(name, previous != null, previous);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
