package org.cloture.bench;

import java.io.PrintWriter;
import java.util.Locale;

/** One printed figure of a benchmark beside its goal (an upper bound; none for a figure only reported). */
public record Goal(String label, double value, String unit, Double atMost) {

    public static Goal of(String label, double value, String unit, double atMost) {
        return new Goal(label, value, unit, atMost);
    }

    public static Goal reported(String label, double value, String unit) {
        return new Goal(label, value, unit, null);
    }

    public boolean met() {
        return atMost == null || value <= atMost;
    }

    /** {@code label  value unit  objectif ≤ goal  atteint / NON ATTEINT}. */
    public void print(PrintWriter out) {
        String figure = String.format(Locale.ROOT, value >= 100 ? "%.0f %s" : "%.2f %s", value, unit);
        if (atMost == null) {
            out.printf(Locale.ROOT, "%-44s %14s%n", label, figure);
        } else {
            out.printf(Locale.ROOT, "%-44s %14s   objectif ≤ %-10s %s%n", label, figure,
                    String.format(Locale.ROOT, atMost >= 100 ? "%.0f %s" : "%.1f %s", atMost, unit),
                    met() ? "atteint" : "NON ATTEINT");
        }
    }
}
