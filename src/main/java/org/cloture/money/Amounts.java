package org.cloture.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Exact amounts in euros: BigDecimal at scale 2. Rounding happens only where a rule names it. */
public final class Amounts {

    public static final int SCALE = 2;
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    private Amounts() {
    }

    /** Brings an exact amount to scale 2; fails if that would lose cents (no hidden rounding). */
    public static BigDecimal exact(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    /** A product such as hours × rate, rounded to the cent half-up as the valuation rule says. */
    public static BigDecimal roundedToCent(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_UP);
    }

    public static BigDecimal of(String plainDecimal) {
        return exact(new BigDecimal(plainDecimal));
    }


    /** True when the two amounts differ by no more than the tolerance (a reconciliation's rule). */
    public static boolean withinTolerance(BigDecimal one, BigDecimal other, BigDecimal tolerance) {
        return one.subtract(other).abs().compareTo(tolerance) <= 0;
    }
}
