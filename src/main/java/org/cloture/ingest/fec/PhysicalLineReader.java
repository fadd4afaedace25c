package org.cloture.ingest.fec;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines ended by LF or CR LF and counts physical lines as a text editor shows them.
 * A lone CR stays inside the value (BufferedReader would split there and shift the line numbers).
 */
final class PhysicalLineReader {

    /** A longer "line" is a binary file or a file without line ends; refusing it bounds the heap. */
    static final int MAX_LINE_LENGTH = 1_000_000;

    private final Reader in;
    private final char[] buffer = new char[16 * 1024];
    private final StringBuilder line = new StringBuilder(256);
    private int position;
    private int limit;
    private int lineNumber;

    PhysicalLineReader(Reader in) {
        this.in = in;
    }

    /** The next line without its end, or null at the end of the file (a final empty line is none). */
    String next() throws IOException {
        line.setLength(0);
        boolean sawAny = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return sawAny ? finish() : null;
                }
            }
            sawAny = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            line.append(buffer, start, position - start);
            if (line.length() > MAX_LINE_LENGTH) {
                throw new IOException("ligne " + (lineNumber + 1) + " de plus de " + MAX_LINE_LENGTH + " caractères");
            }
            if (position < limit) {
                position++;
                return finish();
            }
        }
    }

    /** 1-based number of the line last returned by {@link #next()}. */
    int lineNumber() {
        return lineNumber;
    }

    private String finish() {
        lineNumber++;
        int length = line.length();
        if (length > 0 && line.charAt(length - 1) == '\r') {
            line.setLength(length - 1);
        }
        return line.toString();
    }
}
