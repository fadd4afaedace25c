package org.cloture.ingest.table;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Locale;

/**
 * Bounds the text one csv record may span. Commons CSV gathers a record in memory however long it is, so a
 * 100 MB file without a single line break (or one never-closed quote) would be read whole. The csv reader
 * calls {@link #recordDone()} as each record comes out; past {@link #MAX_RECORD_CHARS} characters read since,
 * reading stops with a {@link RefusedInputException}. The parser's read-ahead (a few kilobytes) is negligible.
 */
final class RecordLengthGuard extends FilterReader {

    /** A register row is a few hundred characters; a long comment a few thousand. */
    static final int MAX_RECORD_CHARS = 1 << 20;

    private final int maxChars;
    private long sinceLastRecord;
    private long lineBreaks;
    private long recordStartLine = 1;

    RecordLengthGuard(Reader in) {
        this(in, MAX_RECORD_CHARS);
    }

    RecordLengthGuard(Reader in, int maxChars) {
        super(in);
        this.maxChars = maxChars;
    }

    /** A record came out of the parser: the count starts again. */
    void recordDone() {
        sinceLastRecord = 0;
        recordStartLine = lineBreaks + 1;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c != -1) {
            count(c == '\n' ? 1 : 0, 1);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            int breaks = 0;
            for (int i = offset; i < offset + n; i++) {
                if (buffer[i] == '\n') {
                    breaks++;
                }
            }
            count(breaks, n);
        }
        return n;
    }

    private void count(int breaks, int chars) throws RefusedInputException {
        lineBreaks += breaks;
        sinceLastRecord += chars;
        if (sinceLastRecord > maxChars) {
            throw new RefusedInputException(String.format(Locale.FRANCE,
                    "la ligne %d dépasse %d caractères sans fin de ligne (ou un guillemet n'est jamais refermé)",
                    recordStartLine, maxChars));
        }
    }
}
