package org.cloture.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

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

    /** French rendering inside findings' messages: "1 234,56 €" (narrow no-break space between thousands). */
    public static String display(BigDecimal amount) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setGroupingSeparator('\u202F');
        return new DecimalFormat("#,##0.00", symbols).format(amount) + " €";
    }
}
