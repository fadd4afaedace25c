package org.cloture.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * French typography for printed figures: {@code 1 234,56 €} with a narrow no-break space between
 * thousands, and a real minus sign (U+2212) so that a deficit never prints unsigned.
 */
public final class FrenchFormat {

    static final char NARROW_NO_BREAK_SPACE = '\u202F';
    static final char MINUS = '\u2212';

    private FrenchFormat() {
    }

    public static String amount(BigDecimal value) {
        return value == null ? "" : number(value, 2) + NARROW_NO_BREAK_SPACE + "€";
    }

    /** An amount without cents, for large key figures; rounded half-up as printed figures are. */
    public static String wholeAmount(BigDecimal value) {
        return value == null ? "" : number(value.setScale(0, RoundingMode.HALF_UP), 0) + NARROW_NO_BREAK_SPACE + "€";
    }

    /** A date as French forms write it: 15/03/2023. */
    public static String shortDate(java.time.LocalDate date) {
        return date == null ? "" : String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    public static String integer(long value) {
        return number(BigDecimal.valueOf(value), 0);
    }

    public static String decimal(BigDecimal value, int fractionDigits) {
        return value == null ? "" : number(value.setScale(fractionDigits, RoundingMode.HALF_UP), fractionDigits);
    }

    private static String number(BigDecimal value, int fractionDigits) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setGroupingSeparator(NARROW_NO_BREAK_SPACE);
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign(MINUS);
        DecimalFormat format = new DecimalFormat(fractionDigits == 0 ? "#,##0" : "#,##0." + "0".repeat(fractionDigits),
                symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        String text = format.format(value);
        // DecimalFormat keeps the sign of a negative zero ("−0,00"): a zero is never negative in print.
        return value.signum() == 0 ? text.replace(String.valueOf(MINUS), "") : text;
    }
}
