package org.cloture.ingest.table;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Refuses a zip container (xlsx, ods) that inflates beyond reason before any reader opens it. Neither
 * fastexcel-reader nor SODS limits inflation, and a few kilobytes of repeated bytes can inflate into
 * gigabytes of one XML text node, which they would gather in memory. The guard inflates every entry once,
 * counting bytes and discarding them, and stops at the first limit crossed, so memory and time stay bounded.
 * The sizes the archive declares are never trusted: only the bytes actually inflated count.
 */
final class ZipInflationGuard {

    /** Real sheets compress 5 to 30 times; repeated bytes about 1000 times. POI's own guard stops at 100. */
    static final int MAX_RATIO = 200;
    /** Small parts (styles, an empty sheet) may compress very well: the ratio counts only past this size. */
    static final long RATIO_GRACE_BYTES = 4L << 20;
    /** A membership register of a million rows inflates to well under a gigabyte. */
    static final long MAX_TOTAL_BYTES = 1L << 30;

    private final long maxTotalBytes;

    ZipInflationGuard() {
        this(MAX_TOTAL_BYTES);
    }

    /** @param maxTotalBytes a lower cap for readers that hold the whole document in memory (ods) */
    ZipInflationGuard(long maxTotalBytes) {
        this.maxTotalBytes = maxTotalBytes;
    }

    /**
     * Checks the entries as the central directory lists them: how fastexcel-reader and POI find them.
     *
     * @param marker bytes to look for while inflating (no parsing: a plain byte search), may be null
     * @return the names of the entries in which {@code marker} occurs
     */
    Set<String> checkCentralDirectory(Path file, byte[] marker) throws IOException {
        Set<String> marked = new HashSet<>();
        long total = 0;
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            Enumeration<ZipArchiveEntry> entries = zip.getEntries();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                long compressed = Math.max(entry.getCompressedSize(), 1);
                ByteSearch search = marker == null ? null : new ByteSearch(marker);
                try (InputStream in = zip.getInputStream(entry)) {
                    total = drain(entry.getName(), in, () -> compressed, total, search);
                }
                if (search != null && search.found()) {
                    marked.add(entry.getName());
                }
            }
        }
        return marked;
    }

    /** Checks the entries in file order, as java.util.zip.ZipInputStream (and so SODS) meets them. */
    void checkLocalHeaders(Path file) throws IOException {
        long total = 0;
        try (CountingInputStream raw = new CountingInputStream(new BufferedInputStream(Files.newInputStream(file)));
             ZipInputStream zip = new ZipInputStream(raw)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                long before = raw.count;
                total = drain(entry.getName(), zip, () -> Math.max(raw.count - before, 1), total, null);
            }
        }
    }

    private long drain(String name, InputStream in, CompressedSoFar compressed, long totalBefore, ByteSearch search)
            throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long inflated = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            inflated += read;
            if (search != null) {
                search.scan(buffer, read);
            }
            if (totalBefore + inflated > maxTotalBytes) {
                throw new RefusedInputException(String.format(Locale.FRANCE,
                        "le contenu décompressé dépasse %d Mo (partie « %s »)", maxTotalBytes >> 20, name));
            }
            if (inflated > RATIO_GRACE_BYTES && inflated / compressed.bytes() > MAX_RATIO) {
                throw new RefusedInputException(String.format(Locale.FRANCE,
                        "la partie « %s » se décompresse plus de %d fois : archive anormale (bombe de décompression ?)",
                        name, MAX_RATIO));
            }
        }
        return totalBefore + inflated;
    }

    @FunctionalInterface
    private interface CompressedSoFar {
        long bytes();
    }

    /** Whether a byte sequence occurs in a stream read in chunks, including across two chunks. */
    private static final class ByteSearch {

        private final byte[] marker;
        private int matched;
        private boolean found;

        ByteSearch(byte[] marker) {
            this.marker = marker;
        }

        void scan(byte[] chunk, int length) {
            for (int i = 0; i < length && !found; i++) {
                // The marker has no repeated prefix (« <mergeCell »), so a mismatch restarts at its first byte.
                matched = chunk[i] == marker[matched] ? matched + 1 : (chunk[i] == marker[0] ? 1 : 0);
                found = matched == marker.length;
            }
        }

        boolean found() {
            return found;
        }
    }

    /** The raw bytes the zip reader has taken from the file so far: the compressed size actually read. */
    private static final class CountingInputStream extends FilterInputStream {

        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b != -1) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
