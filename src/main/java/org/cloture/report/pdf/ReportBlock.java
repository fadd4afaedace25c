package org.cloture.report.pdf;

import java.util.List;
import java.util.Objects;

/**
 * One block of a {@link ReportSection}, printed one after the other: each kind has its own band in the main
 * template (ActivityReport.jrxml), so a new kind of content is a new record here and a new band there.
 */
public sealed interface ReportBlock {

    /** A sub-heading, with its own PDF bookmark under the section's. */
    record Heading(String text) implements ReportBlock {
        public Heading {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A paragraph in JasperReports "styled" markup (see {@link StyledText}). */
    record Text(String markup) implements ReportBlock {
        public Text {
            Objects.requireNonNull(markup, "markup");
        }
    }

    /** A list item: its marker ("•", "1.") and its text in styled markup; depth 0 for a top-level item. */
    record Item(String marker, String markup, int depth) implements ReportBlock {
        public Item {
            Objects.requireNonNull(marker, "marker");
            Objects.requireNonNull(markup, "markup");
        }
    }

    /** A framed note: what is missing and which file to add. */
    record Notice(String text) implements ReportBlock {
        public Notice {
            Objects.requireNonNull(text, "text");
        }
    }

    /** The large key figures, three a row. */
    record Tiles(List<KeyFigureTile> tiles) implements ReportBlock {
        public Tiles {
            tiles = List.copyOf(tiles);
        }
    }

    record Table(ReportTable table) implements ReportBlock {
        public Table {
            Objects.requireNonNull(table, "table");
        }
    }

    record Chart(ChartSpec chart) implements ReportBlock {
        public Chart {
            Objects.requireNonNull(chart, "chart");
        }
    }
}
