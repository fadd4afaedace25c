package org.cloture.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The change of a figure from the previous year, in %, as "Les chiffres clés" print it beside N. */
public final class FigureChange {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private FigureChange() {
    }

    /**
     * (N − N-1) / |N-1| × 100, one decimal, half-up; null when N-1 is missing or zero (no meaningful
     * percentage: "nouveau" rather than "+∞ %").
     */
    public static BigDecimal percent(Number current, Number previous) {
        if (current == null || previous == null) {
            return null;
        }
        BigDecimal now = new BigDecimal(current.toString());
        BigDecimal before = new BigDecimal(previous.toString());
        if (before.signum() == 0) {
            return null;
        }
        return now.subtract(before).multiply(HUNDRED).divide(before.abs(), 1, RoundingMode.HALF_UP);
    }
}
