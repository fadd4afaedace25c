package org.cloture.ingest.cells;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Pattern;

import org.cloture.money.Amounts;

/**
 * Amounts in euros as people type them: {@code 1 234,56 €}, {@code 1.234,56}, {@code 1,234.56},
 * {@code 1234.5}, {@code -12,00}, {@code 12,00-}, {@code (12,00)}. Always scale 2, never a double.
 */
public final class AmountParser {

    private static final Pattern CURRENCY = Pattern.compile("(?i)^(€|eur|euros?)\\s*|\\s*(€|eur|euros?)$");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern WHOLE_EUROS = Pattern.compile("(\\d)[.,]-$");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([ .,'])\\d{3}(\\1\\d{3})*");
    private static final Pattern DECIMALS = Pattern.compile("\\d{1,2}");

    private AmountParser() {
    }

    /**
     * Parses typed text. More than two decimals is refused rather than rounded: {@code 1,234} could
     * be a thousand or one euro twenty-three, and only the user knows.
     */
    public static Optional<BigDecimal> parse(String text) {
        String cleaned = Texts.clean(text);
        if (cleaned == null) {
            return Optional.empty();
        }
        // « 25,- » and « 25.- » mean whole euros.
        String body = WHOLE_EUROS.matcher(cleaned.replace('\u2212', '-')).replaceAll("$1");
        boolean negative = false;
        if (body.startsWith("(") && body.endsWith(")")) {
            negative = true;
            body = body.substring(1, body.length() - 1).strip();
        }
        body = stripCurrency(body);
        if (body.startsWith("-") || body.startsWith("+")) {
            negative |= body.startsWith("-");
            body = stripCurrency(body.substring(1).strip());
        } else if (body.endsWith("-")) {
            negative = true;
            body = stripCurrency(body.substring(0, body.length() - 1).strip());
        }
        Optional<BigDecimal> magnitude = unsigned(body);
        return negative ? magnitude.map(BigDecimal::negate) : magnitude;
    }

    /**
     * A numeric spreadsheet cell holds a binary double (0.1 + 0.2 is stored as 0.30000000000000004),
     * so its exact decimal expansion is noise beyond the cent: rounding half-up to the cent gives back
     * what the user typed and saw.
     */
    public static BigDecimal fromNumber(BigDecimal number) {
        return number.setScale(Amounts.SCALE, RoundingMode.HALF_UP);
    }

    private static String stripCurrency(String text) {
        return CURRENCY.matcher(text).replaceAll("").strip();
    }

    private static Optional<BigDecimal> unsigned(String body) {
        if (body.isEmpty()) {
            return Optional.empty();
        }
        int last = Math.max(body.lastIndexOf('.'), body.lastIndexOf(','));
        String integerPart = body;
        String decimalPart = "";
        if (last >= 0 && body.indexOf(body.charAt(last)) == last) {
            integerPart = body.substring(0, last);
            decimalPart = body.substring(last + 1);
            if (!DECIMALS.matcher(decimalPart).matches()) {
                return Optional.empty();
            }
        }
        String integerDigits = integerDigits(integerPart);
        if (integerDigits == null) {
            return Optional.empty();
        }
        String plain = (integerDigits.isEmpty() ? "0" : integerDigits) + (decimalPart.isEmpty() ? "" : "." + decimalPart);
        return Optional.of(Amounts.exact(new BigDecimal(plain)));
    }

    /** The digits of the integer part, or null when its grouping is inconsistent (« 12 34 », « 1.234 567 »). */
    private static String integerDigits(String integerPart) {
        if (integerPart.isEmpty() || DIGITS.matcher(integerPart).matches()) {
            return integerPart;
        }
        return GROUPED.matcher(integerPart).matches() ? integerPart.replaceAll("[^0-9]", "") : null;
    }
}
