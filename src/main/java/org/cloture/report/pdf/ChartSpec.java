package org.cloture.report.pdf;

import java.util.List;
import java.util.Objects;

/**
 * A chart of the report, drawn by JFreeChart through the JasperReports chart component of the main template
 * and made readable in black and white by {@link MonochromeChartCustomizer}.
 *
 * @param kind       how the points are drawn
 * @param title      printed above the chart, also a bookmark
 * @param points     the values; for a pie, one point per slice (the series is ignored)
 * @param valueLabel the value axis label of a bar chart (e.g. "€"), may be null
 */
public record ChartSpec(Kind kind, String title, List<Point> points, String valueLabel) {

    public enum Kind {
        /** Slices labelled with their text (e.g. "Subventions 45,2 %"). */
        PIE,
        /** Vertical bars, one group per category, one bar per series. */
        BAR,
        /** Horizontal bars: long category names (départements, categories of actions). */
        HORIZONTAL_BAR
    }

    public ChartSpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        points = List.copyOf(points);
    }

    /**
     * @param label the text printed on a pie slice or above a bar; null for none
     */
    public record Point(String series, String category, Number value, String label) {
        public Point {
            Objects.requireNonNull(series, "series");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(value, "value");
        }
    }
}
