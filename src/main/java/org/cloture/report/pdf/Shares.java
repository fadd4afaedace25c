package org.cloture.report.pdf;

import org.cloture.figures.Percentages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Percentages of a whole, rounded to one decimal so that the printed figures add up to exactly 100,0: the
 * largest-remainder method (Hamilton). Each share is first truncated to a tenth of a percent; the tenths still
 * missing go, one each, to the shares whose truncation lost the most, ties to the larger amount then to the
 * first in order. Rounding each share on its own can print 99,9 or 100,1.
 */
final class Shares {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private Shares() {
    }

    /**
     * @param amounts the parts, in print order; each zero or positive
     * @return each part's percentage (scale 1), in the same order, summing to 100.0; empty when the total is zero
     */
    static <K> Map<K, BigDecimal> of(Map<K, BigDecimal> amounts) {
        Map<K, BigDecimal> shares = new LinkedHashMap<>();
        List<K> keys = new ArrayList<>(amounts.keySet());
        List<BigDecimal> values = keys.stream().map(amounts::get).toList();
        values.stream().filter(value -> value.signum() < 0).findFirst().ifPresent(negative -> {
            throw new IllegalArgumentException("A share of a whole cannot be negative: " + negative);
        });
        // The same rounding as the JSON's shares (org.cloture.figures.Percentages).
        List<BigDecimal> percents = Percentages.of(values);
        for (int index = 0; index < keys.size(); index++) {
            if (percents.get(index) == null) {
                return new LinkedHashMap<>();
            }
            shares.put(keys.get(index), percents.get(index));
        }
        return shares;
    }
}
