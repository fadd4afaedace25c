package org.cloture.ingest.bank;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The signed amounts of CFONB records: the last digit carries the sign (« overpunch », inherited from punched
 * cards): {@code {} and {@code A}–{@code I} are +0 to +9, {@code }} and {@code J}–{@code R} are −0 to −9.
 * {@code 0000000005607L} with two decimals is −560,73.
 */
final class Overpunch {

    private static final String POSITIVE = "{ABCDEFGHI";
    private static final String NEGATIVE = "}JKLMNOPQR";

    private Overpunch() {
    }

    /** The amount of a zoned field, or empty when it is not digits followed by an overpunch character. */
    static Optional<BigDecimal> decode(String field, int decimals) {
        String text = field.strip();
        if (text.isEmpty() || decimals < 0 || decimals > 9) {
            return Optional.empty();
        }
        String digits = text.substring(0, text.length() - 1);
        char last = text.charAt(text.length() - 1);
        if (!digits.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        int positive = POSITIVE.indexOf(last);
        int negative = NEGATIVE.indexOf(last);
        int lastDigit;
        boolean minus;
        if (positive >= 0) {
            lastDigit = positive;
            minus = false;
        } else if (negative >= 0) {
            lastDigit = negative;
            minus = true;
        } else if (Character.isDigit(last)) {
            lastDigit = last - '0'; // unsigned, as some banks write the balance
            minus = false;
        } else {
            return Optional.empty();
        }
        BigDecimal magnitude = new BigDecimal(new java.math.BigInteger(digits.isEmpty() ? "0" : digits)
                .multiply(java.math.BigInteger.TEN).add(java.math.BigInteger.valueOf(lastDigit)), decimals);
        return Optional.of(minus ? magnitude.negate() : magnitude);
    }

    /** The inverse, for tests and fixtures: {@code -560.73} in 14 characters is {@code 0000000005607L}. */
    static String encode(BigDecimal amount, int width) {
        String digits = amount.abs().unscaledValue().toString();
        int last = digits.charAt(digits.length() - 1) - '0';
        char sign = (amount.signum() < 0 ? NEGATIVE : POSITIVE).charAt(last);
        String body = digits.substring(0, digits.length() - 1);
        return "0".repeat(Math.max(0, width - 1 - body.length())) + body + sign;
    }
}
