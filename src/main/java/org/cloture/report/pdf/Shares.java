package org.cloture.report.pdf;

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
        BigDecimal total = amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<K, BigDecimal> shares = new LinkedHashMap<>();
        if (total.signum() <= 0) {
            return shares;
        }
        record Part<K>(K key, int order, BigDecimal amount, long tenths, BigDecimal remainder) {
        }
        List<Part<K>> parts = new ArrayList<>();
        long assigned = 0;
        int order = 0;
        for (Map.Entry<K, BigDecimal> entry : amounts.entrySet()) {
            if (entry.getValue().signum() < 0) {
                throw new IllegalArgumentException("A share of a whole cannot be negative: " + entry);
            }
            // Exact quota in tenths of a percent, then its whole part and what truncation lost.
            BigDecimal quota = entry.getValue().multiply(THOUSAND).divide(total, 12, RoundingMode.DOWN);
            long tenths = quota.setScale(0, RoundingMode.DOWN).longValueExact();
            parts.add(new Part<>(entry.getKey(), order++, entry.getValue(), tenths, quota.subtract(BigDecimal.valueOf(tenths))));
            assigned += tenths;
        }
        long missing = 1000 - assigned;
        List<Part<K>> byRemainder = new ArrayList<>(parts);
        byRemainder.sort(Comparator.comparing((Part<K> part) -> part.remainder()).reversed()
                .thenComparing(Comparator.comparing((Part<K> part) -> part.amount()).reversed())
                .thenComparingInt(Part::order));
        Map<K, Long> bonus = new LinkedHashMap<>();
        for (int i = 0; i < missing; i++) {
            bonus.merge(byRemainder.get(i % byRemainder.size()).key(), 1L, Long::sum);
        }
        for (Part<K> part : parts) {
            shares.put(part.key(), BigDecimal.valueOf(part.tenths() + bonus.getOrDefault(part.key(), 0L), 1));
        }
        return shares;
    }
}
