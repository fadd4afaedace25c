package org.cloture.report.pdf;

import java.util.List;
import java.util.Objects;

/** A part of the report: it starts on a new page, under its title, which is also a first-level bookmark. */
public record ReportSection(String title, List<ReportBlock> blocks) {

    public ReportSection {
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
    }
}
