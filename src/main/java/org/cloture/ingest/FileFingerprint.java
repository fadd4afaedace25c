package org.cloture.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a file's bytes, read as a stream: what decides whether a file was already loaded. */
public record FileFingerprint(String sha256, long size, FileTime modified) {

    public static FileFingerprint of(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
        FileTime modified = Files.getLastModifiedTime(file);
        long size = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream input = Files.newInputStream(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            for (int read = input.read(buffer); read >= 0; read = input.read(buffer)) {
                digest.update(buffer, 0, read);
                size += read;
            }
        }
        return new FileFingerprint(HexFormat.of().formatHex(digest.digest()), size, modified);
    }
}
