package org.cloture.report.pdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cloture.money.FrenchFormat;

/** A breakdown of counts (members by département, actions by category...) as a table with shares, and as a chart. */
final class CountTables {

    private CountTables() {
    }

    static ReportTable table(String title, String labelHeader, String countHeader, Map<String, Integer> counts) {
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        counts.forEach((label, count) -> amounts.put(label, BigDecimal.valueOf(count)));
        Map<String, BigDecimal> shares = Shares.of(amounts);
        List<ReportRow> rows = new ArrayList<>();
        int total = 0;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            total += entry.getValue();
            rows.add(new ReportRow(capitalized(entry.getKey()), List.of(FrenchFormat.integer(entry.getValue()),
                    share(shares.get(entry.getKey()))), RowStyle.LINE));
        }
        rows.add(new ReportRow("Total", List.of(FrenchFormat.integer(total), total == 0 ? "" : FrenchText.percent(
                BigDecimal.valueOf(1000, 1))), RowStyle.TOTAL));
        return new ReportTable(title, List.of(labelHeader, countHeader, "Part"), rows);
    }

    private static String share(BigDecimal share) {
        return share == null ? "" : FrenchText.percent(share);
    }

    /** Horizontal bars, one per entry, labelled with the count. */
    static ChartSpec bars(String title, String series, Map<String, Integer> counts) {
        List<ChartSpec.Point> points = new ArrayList<>();
        counts.forEach((label, count) -> points.add(new ChartSpec.Point(series, capitalized(label), count,
                FrenchFormat.integer(count))));
        return new ChartSpec(ChartSpec.Kind.HORIZONTAL_BAR, title, points, null);
    }

    /** A pie whose slices are labelled with their name and share (shares adding to 100,0 %). */
    static ChartSpec pie(String title, Map<String, BigDecimal> amounts) {
        Map<String, BigDecimal> shares = Shares.of(amounts);
        List<ChartSpec.Point> points = new ArrayList<>();
        amounts.forEach((label, amount) -> points.add(new ChartSpec.Point("", capitalized(label), amount,
                capitalized(label) + " " + FrenchText.percent(shares.get(label)))));
        return new ChartSpec(ChartSpec.Kind.PIE, title, points, null);
    }

    /** "établissement public" prints "Établissement public" at the start of a table row. */
    static String capitalized(String label) {
        return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    static Map<String, BigDecimal> amounts(Map<String, Integer> counts) {
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        counts.forEach((label, count) -> amounts.put(label, BigDecimal.valueOf(count)));
        return amounts;
    }
}
