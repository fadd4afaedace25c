package org.cloture.ingest;

import java.util.EnumSet;
import java.util.Set;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;

/**
 * A file load seen from the ingest: which checks the reader reported, and the last row it handed over, so that
 * a reader failing half-way is reported on the row where it stopped.
 */
final class WatchedLoad extends ForwardingRowSink {

    private final Set<CheckId> reported = EnumSet.noneOf(CheckId.class);
    private SourceLocation lastRow;

    WatchedLoad(RowSink target) {
        super(target);
    }

    boolean reported(CheckId check) {
        return reported.contains(check);
    }

    /** The last row handed over, or null before the first. */
    SourceLocation lastRow() {
        return lastRow;
    }

    @Override
    protected void handedOver(SourceLocation row) {
        lastRow = row;
    }

    @Override
    public void finding(Finding finding) {
        reported.add(finding.check());
        super.finding(finding);
    }
}
