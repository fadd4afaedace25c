package org.cloture.ingest.fec;

import java.nio.charset.Charset;
import java.util.List;

import org.cloture.source.Finding;

/**
 * What {@link FecReader} got out of one file.
 *
 * @param rowsRead     data lines seen (header, blank lines and repeated headers excluded)
 * @param rowsRejected data lines not loaded because of a blocking finding
 * @param charset      the detected encoding (UTF-8 when the file could not be read)
 * @param separator    the detected separator (tab when there was no usable header)
 */
public record FecReadResult(List<FecLine> lines, List<Finding> findings, int rowsRead, int rowsRejected,
                            Charset charset, char separator, List<RejectedLine> rejected) {

    public FecReadResult {
        lines = List.copyOf(lines);
        findings = List.copyOf(findings);
        rejected = List.copyOf(rejected);
    }

    public boolean hasBlocking() {
        return findings.stream().anyMatch(Finding::isBlocking);
    }
}
