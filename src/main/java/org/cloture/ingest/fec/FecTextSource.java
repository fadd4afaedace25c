package org.cloture.ingest.fec;

import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * A FEC text file as the reader read it, for the store to keep instead of its lines: the file is immutable
 * (its fingerprint is stored with it), so its lines can be read again from where they start. Handed to the
 * consumer once the header is accepted; {@code lineStarts} keeps growing until the end of the read.
 *
 * @param origin     the file itself (absolute)
 * @param size       its size in bytes when read
 * @param modified   its last modification time (milliseconds) when read
 * @param headerLine the header the lines were read under (part 1's for a continuation part), without BOM
 * @param lineStarts the byte offset where each physical line starts: line n at index n - 1
 */
public record FecTextSource(Path origin, long size, long modified, Charset charset, String headerLine,
                            AscendingNumbers lineStarts) {
}
