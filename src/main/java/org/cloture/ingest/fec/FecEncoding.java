package org.cloture.ingest.fec;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Encoding detection of fec.md §2, in one streaming pass over the bytes (a FEC can weigh gigabytes):
 * BOM → UTF-8; valid UTF-8 → UTF-8; else Windows-1252 if a byte 0x80–0x9F appears (those are C1
 * controls in ISO-8859-15, printable characters such as € or œ in Windows-1252), else ISO-8859-15.
 */
final class FecEncoding {

    static final Charset ISO_8859_15 = Charset.forName("ISO-8859-15");
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int CHUNK = 64 * 1024;
    /** Share of control bytes in the first chunk above which the file is not text. */
    private static final double MAX_CONTROL_SHARE = 0.05;

    record Detection(Charset charset, boolean bom, boolean binary, long size) {
    }

    private FecEncoding() {
    }

    static Detection detect(Path file) throws IOException {
        Utf8Validator utf8 = new Utf8Validator();
        boolean c1 = false;
        boolean binary = false;
        boolean bom = false;
        long size = 0;
        byte[] buffer = new byte[CHUNK];
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.readNBytes(buffer, 0, CHUNK)) > 0) {
                int start = 0;
                if (size == 0) {
                    bom = read >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB
                            && (buffer[2] & 0xFF) == 0xBF;
                    start = bom ? 3 : 0;
                    binary = looksBinary(buffer, start, read);
                }
                for (int i = start; i < read; i++) {
                    // Most bytes of a FEC are ASCII outside a multi-byte character: nothing to check on them,
                    // eight at a time when none has its high bit set and none is a NUL.
                    while (i + Long.BYTES <= read && utf8.idle() && plainAscii((long) WORDS.get(buffer, i))) {
                        i += Long.BYTES;
                    }
                    if (i == read) {
                        break;
                    }
                    if (buffer[i] > 0 && utf8.idle()) {
                        continue;
                    }
                    int unsigned = buffer[i] & 0xFF;
                    binary |= unsigned == 0;
                    c1 |= unsigned >= 0x80 && unsigned <= 0x9F;
                    utf8.accept(unsigned);
                }
                size += read;
            }
        }
        Charset charset = bom || utf8.isValid() ? StandardCharsets.UTF_8 : c1 ? WINDOWS_1252 : ISO_8859_15;
        return new Detection(charset, bom, binary, size);
    }

    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long LOW_BITS = 0x0101010101010101L;

    /** No byte of the eight is 0x80 or above, nor 0x00 (the classic "has a zero byte" bit trick). */
    private static boolean plainAscii(long word) {
        boolean zeroByte = ((word - LOW_BITS) & ~word & HIGH_BITS) != 0;
        return (word & HIGH_BITS) == 0 && !zeroByte;
    }

    private static boolean looksBinary(byte[] buffer, int start, int end) {
        int controls = 0;
        for (int i = start; i < end; i++) {
            int unsigned = buffer[i] & 0xFF;
            if (unsigned < 0x20 && unsigned != '\t' && unsigned != '\n' && unsigned != '\r' && unsigned != '\f') {
                controls++;
            }
        }
        return end > start && controls > (end - start) * MAX_CONTROL_SHARE;
    }

    /** Strict UTF-8 well-formedness (Unicode table 3-7): no overlongs, no surrogates, ≤ U+10FFFF. */
    static final class Utf8Validator {
        private int pending;
        private int low = 0x80;
        private int high = 0xBF;
        private boolean valid = true;

        void accept(int b) {
            if (!valid) {
                return;
            }
            if (pending > 0) {
                valid = b >= low && b <= high;
                pending--;
                low = 0x80;
                high = 0xBF;
            } else if (b >= 0x80) {
                lead(b);
            }
        }

        private void lead(int b) {
            if (b >= 0xC2 && b <= 0xDF) {
                expect(1, 0x80, 0xBF);
            } else if (b == 0xE0) {
                expect(2, 0xA0, 0xBF);
            } else if (b == 0xED) {
                expect(2, 0x80, 0x9F);
            } else if (b >= 0xE1 && b <= 0xEF) {
                expect(2, 0x80, 0xBF);
            } else if (b == 0xF0) {
                expect(3, 0x90, 0xBF);
            } else if (b >= 0xF1 && b <= 0xF3) {
                expect(3, 0x80, 0xBF);
            } else if (b == 0xF4) {
                expect(3, 0x80, 0x8F);
            } else {
                valid = false;
            }
        }

        private void expect(int count, int firstLow, int firstHigh) {
            pending = count;
            low = firstLow;
            high = firstHigh;
        }

        /** Whether the next byte starts a character (or validation is over): an ASCII byte changes nothing. */
        boolean idle() {
            return pending == 0 || !valid;
        }

        boolean isValid() {
            return valid && pending == 0;
        }
    }
}
