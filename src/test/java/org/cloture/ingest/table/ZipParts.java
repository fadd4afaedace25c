package org.cloture.ingest.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Rewrites parts of a zip container (xlsx, ods) to build broken or hostile fixtures. */
final class ZipParts {

    /** Writes the content of one part, streaming (a bomb's part is never held in memory). */
    @FunctionalInterface
    interface PartWriter {
        void write(OutputStream out) throws IOException;
    }

    private ZipParts() {
    }

    static Path replace(Path source, Path target, Map<String, PartWriter> replacements) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            out.setLevel(9);
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                PartWriter replacement = replacements.get(entry.getName());
                if (replacement == null) {
                    in.transferTo(out);
                } else {
                    replacement.write(out);
                }
                out.closeEntry();
            }
        }
        return target;
    }

    static PartWriter text(String xml) {
        return out -> out.write(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A prefix, then {@code count} times the same byte, then a suffix. */
    static PartWriter repeated(String prefix, byte value, long count, String suffix) {
        return out -> {
            out.write(prefix.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] chunk = new byte[1 << 20];
            java.util.Arrays.fill(chunk, value);
            for (long written = 0; written < count; written += chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, count - written));
            }
            out.write(suffix.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        };
    }

    static byte[] read(Path zip, String part) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entry.getName().equals(part)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new IOException("no part " + part);
    }

}
