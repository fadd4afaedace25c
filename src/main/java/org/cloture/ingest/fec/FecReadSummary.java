package org.cloture.ingest.fec;

import java.nio.charset.Charset;

/**
 * The counters of one streaming read; the lines and findings themselves went to the consumer.
 *
 * @param rowsRead     data lines seen (header, blank lines and repeated headers excluded)
 * @param rowsLoaded   lines handed to {@link FecLineConsumer#line}
 * @param rowsRejected lines handed to {@link FecLineConsumer#rejected} (blocking finding, or set aside)
 * @param findings     findings handed to {@link FecLineConsumer#finding}
 * @param blocking     whether one of them blocks the report
 * @param charset      the detected encoding (UTF-8 when the file could not be read)
 * @param separator    the detected separator (tab when there was no usable header)
 */
public record FecReadSummary(int rowsRead, int rowsLoaded, int rowsRejected, int findings, boolean blocking,
                             Charset charset, char separator) {
}
