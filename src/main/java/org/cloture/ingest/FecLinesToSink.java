package org.cloture.ingest;

import org.cloture.ingest.fec.FecLine;
import org.cloture.ingest.fec.FecLineConsumer;
import org.cloture.ingest.fec.RejectedLine;
import org.cloture.source.Finding;

/** Hands what a FEC parser emits straight to the store's batches; nothing of the file is kept here. */
record FecLinesToSink(RowSink sink) implements FecLineConsumer {

    @Override
    public void line(FecLine line) {
        sink.fecLine(line);
    }

    @Override
    public void rejected(RejectedLine line) {
        sink.rejected(new RejectedRow(line.location(), line.rawText(), line.reason()));
    }

    @Override
    public void finding(Finding finding) {
        sink.finding(finding);
    }

    @Override
    public void textSource(org.cloture.ingest.fec.FecTextSource source) {
        sink.fecText(source);
    }
}
