package org.cloture.ingest.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Optional;

/** What can be seen of a file without reading it: a copy in progress changes its size or its date. */
public record FileState(long size, FileTime modified) {

    /** The file's state, or empty when it is gone (or cannot be seen, which the next look will tell). */
    public static Optional<FileState> of(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.isRegularFile() ? Optional.of(new FileState(attributes.size(),
                    attributes.lastModifiedTime())) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
