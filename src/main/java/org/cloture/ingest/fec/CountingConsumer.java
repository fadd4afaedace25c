package org.cloture.ingest.fec;

import org.cloture.source.Finding;

/** Passes everything on and keeps only counters: what a streaming read may remember of a file. */
final class CountingConsumer implements FecLineConsumer {

    private final FecLineConsumer out;
    private int lines;
    private int rejected;
    private int findings;
    private boolean blocking;

    CountingConsumer(FecLineConsumer out) {
        this.out = out;
    }

    @Override
    public void line(FecLine line) {
        lines++;
        out.line(line);
    }

    @Override
    public void rejected(RejectedLine line) {
        rejected++;
        out.rejected(line);
    }

    @Override
    public void finding(Finding finding) {
        findings++;
        blocking |= finding.isBlocking();
        out.finding(finding);
    }

    @Override
    public void textSource(FecTextSource source) {
        out.textSource(source);
    }

    int lines() {
        return lines;
    }

    int rejected() {
        return rejected;
    }

    int findings() {
        return findings;
    }

    boolean blocking() {
        return blocking;
    }
}
