package org.cloture.ingest.fec;

import org.cloture.source.Finding;

/**
 * Receives what a FEC reader gets out of a file as it reads it, so that a million-line export never
 * sits whole in memory: accepted lines, lines not loaded, and findings, in reading order.
 */
public interface FecLineConsumer {

    void line(FecLine line);

    void rejected(RejectedLine line);

    void finding(Finding finding);

    /**
     * The text file the lines come from, once its header is accepted: a consumer that keeps the file's
     * place rather than its lines reads them again from there. Sheets have none.
     */
    default void textSource(FecTextSource source) {
    }
}
