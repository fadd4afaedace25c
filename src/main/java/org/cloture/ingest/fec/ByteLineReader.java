package org.cloture.ingest.fec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * Reads lines ended by LF or CR LF and counts physical lines as a text editor shows them; a lone CR stays
 * inside the value (BufferedReader would split there and shift the line numbers). Splits the bytes, then
 * decodes each line: LF is one byte that never occurs inside a character in the charsets a FEC may use
 * (UTF-8, ISO-8859-15, Windows-1252), and working on bytes gives each line's offset, by which the store
 * reads it again ({@link FecTextSource}).
 */
final class ByteLineReader {

    /** A longer "line" is a binary file or a file without line ends; refusing it bounds the heap. */
    static final int MAX_LINE_LENGTH = 1_000_000;
    /** Bytes of a line beyond which its characters cannot be fewer than {@link #MAX_LINE_LENGTH}. */
    private static final int MAX_LINE_BYTES = 4 * MAX_LINE_LENGTH;

    private final InputStream in;
    private final Charset charset;
    private final AscendingNumbers starts;
    private final byte[] buffer = new byte[64 * 1024];
    private byte[] line = new byte[512];
    private int lineLength;
    private int position;
    private int limit;
    private long bufferOffset;
    private int lineNumber;

    /** @param starts receives the byte offset of each line read */
    ByteLineReader(InputStream in, Charset charset, AscendingNumbers starts) {
        this.in = in;
        this.charset = charset;
        this.starts = starts;
    }

    /** The next line without its end, or null at the end of the file (a final empty line is none). */
    String next() throws IOException {
        if (position == limit && !fill()) {
            return null;
        }
        long start = bufferOffset + position;
        int from = position;
        int newline = indexOfNewline(from);
        if (newline >= 0) {
            // The common case: the whole line sits in the buffer.
            position = newline + 1;
            return finish(start, buffer, from, newline - from);
        }
        lineLength = 0;
        while (true) {
            int end = newline >= 0 ? newline : limit;
            append(from, end - from);
            if (newline >= 0) {
                position = newline + 1;
                return finish(start, line, 0, lineLength);
            }
            position = limit;
            if (!fill()) {
                return finish(start, line, 0, lineLength);
            }
            from = position;
            newline = indexOfNewline(from);
        }
    }

    /** 1-based number of the line last returned by {@link #next()}. */
    int lineNumber() {
        return lineNumber;
    }

    private int indexOfNewline(int from) {
        for (int i = from; i < limit; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private boolean fill() throws IOException {
        bufferOffset += limit;
        position = 0;
        limit = 0;
        int read = in.read(buffer, 0, buffer.length);
        if (read <= 0) {
            return false;
        }
        limit = read;
        return true;
    }

    private void append(int from, int length) throws IOException {
        if (lineLength + length > MAX_LINE_BYTES) {
            throw tooLong();
        }
        if (lineLength + length > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + length));
        }
        System.arraycopy(buffer, from, line, lineLength, length);
        lineLength += length;
    }

    private String finish(long start, byte[] bytes, int from, int length) throws IOException {
        lineNumber++;
        starts.add(start);
        if (length > 0 && bytes[from + length - 1] == '\r') {
            length--;
        }
        String text = new String(bytes, from, length, charset);
        if (text.length() > MAX_LINE_LENGTH) {
            lineNumber--;
            throw tooLong();
        }
        return text;
    }

    private IOException tooLong() {
        return new IOException("ligne " + (lineNumber + 1) + " de plus de " + MAX_LINE_LENGTH + " caractères");
    }
}
