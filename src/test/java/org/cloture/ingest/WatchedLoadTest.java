package org.cloture.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;
import org.junit.jupiter.api.Test;

/** What the ingest knows of a load that fails half-way: the last row handed over and the checks reported. */
class WatchedLoadTest {

    private final CollectingRowSink target = new CollectingRowSink();
    private final WatchedLoad watched = new WatchedLoad(target);

    @Test
    void remembersTheLastRowHandedOverWhetherLoadedOrRejected() {
        assertThat(watched.lastRow()).isNull();

        watched.rejected(new RejectedRow(SourceLocation.ofRow("adherents.xlsx", "Adhérents", 7), "A-7", "date illisible"));
        assertThat(watched.lastRow()).isEqualTo(SourceLocation.ofRow("adherents.xlsx", "Adhérents", 7));

        watched.rejected(new RejectedRow(SourceLocation.ofRow("adherents.xlsx", "Adhérents", 9), "A-9", "date illisible"));
        assertThat(watched.lastRow().row()).isEqualTo(9);
        assertThat(target.rejected).hasSize(2);
    }

    @Test
    void remembersTheChecksReportedAndPassesTheFindingsOn() {
        Finding empty = Finding.of(CheckId.FILE_EMPTY, SourceLocation.ofFile("vide.csv"), null);

        watched.finding(empty);

        assertThat(watched.reported(CheckId.FILE_EMPTY)).isTrue();
        assertThat(watched.reported(CheckId.FILE_UNREADABLE)).isFalse();
        assertThat(target.findings).containsExactly(empty);
    }
}
