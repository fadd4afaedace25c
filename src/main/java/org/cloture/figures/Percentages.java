package org.cloture.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Shares of a whole in %, one decimal, that add up to exactly 100,0 — printed percentages that do not
 * (33,3 + 33,3 + 33,3) make readers doubt every other figure. Largest remainder method: each share is
 * rounded down to the tenth, then the missing tenths go to the largest remainders.
 */
public final class Percentages {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal TENTH = new BigDecimal("0.1");

    private Percentages() {
    }

    /**
     * @return one percentage per amount, same order; all null when the total is not positive. When some
     * amount is negative (a refund larger than the income it reduces), each share is simply rounded
     * half-up, as no set of shares can then add up to 100 honestly.
     */
    public static List<BigDecimal> of(List<BigDecimal> amounts) {
        BigDecimal total = amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<BigDecimal> shares = new ArrayList<>();
        if (total.signum() <= 0) {
            amounts.forEach(amount -> shares.add(null));
            return shares;
        }
        boolean anyNegative = amounts.stream().anyMatch(amount -> amount.signum() < 0);
        List<BigDecimal> exact = amounts.stream()
                .map(amount -> amount.multiply(HUNDRED).divide(total, 12, RoundingMode.HALF_UP)).toList();
        if (anyNegative) {
            return exact.stream().map(share -> share.setScale(1, RoundingMode.HALF_UP)).toList();
        }
        exact.forEach(share -> shares.add(share.setScale(1, RoundingMode.DOWN)));
        BigDecimal missing = HUNDRED.subtract(shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        int tenths = missing.divide(TENTH, 0, RoundingMode.HALF_UP).intValueExact();
        List<Integer> byRemainder = new ArrayList<>();
        for (int index = 0; index < amounts.size(); index++) {
            byRemainder.add(index);
        }
        // Largest remainder first; equal remainders to the larger amount, then in the order given (stable).
        byRemainder.sort(Comparator.comparing((Integer index) -> exact.get(index).subtract(shares.get(index)))
                .reversed().thenComparing(Comparator.comparing((Integer index) -> amounts.get(index)).reversed())
                .thenComparing(index -> index));
        for (int step = 0; step < tenths; step++) {
            int index = byRemainder.get(step % byRemainder.size());
            shares.set(index, shares.get(index).add(TENTH));
        }
        return shares;
    }
}
