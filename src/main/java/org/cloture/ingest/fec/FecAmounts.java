package org.cloture.ingest.fec;

import java.math.BigDecimal;
import java.util.Optional;

import org.cloture.money.Amounts;

/** Parses FEC amounts exactly; rules of fec.md §2 and §6. */
public final class FecAmounts {

    private FecAmounts() {
    }

    /**
     * {@code 1234,56}, {@code 1234.5}, {@code -0,00}, {@code 150,00-}, {@code " 000000000001437,12"} all parse.
     * Empty when the value is not an amount: both ',' and '.', two signs, letters, or more than two
     * decimals. Extra decimals are refused rather than rounded because {@code 1.000} is as likely a
     * thousands separator as a decimal point, and a silent factor of 1000 is worse than a finding.
     */
    public static Optional<BigDecimal> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String text = stripSpaces(raw);
        boolean negative = false;
        if (text.startsWith("-") || text.startsWith("+")) {
            negative = text.charAt(0) == '-';
            text = text.substring(1);
        } else if (text.endsWith("-")) {
            negative = true;
            text = text.substring(0, text.length() - 1);
        }
        if (!isUnsignedDecimal(text)) {
            return Optional.empty();
        }
        BigDecimal value = Amounts.exact(new BigDecimal(text.replace(',', '.')));
        if (value.signum() == 0) {
            return Optional.of(Amounts.ZERO);
        }
        return Optional.of(negative ? value.negate() : value);
    }

    /** The amount as the French messages show it: {@code 1437,12}. */
    static String french(BigDecimal amount) {
        return amount.toPlainString().replace('.', ',');
    }

    private static boolean isUnsignedDecimal(String text) {
        int separators = 0;
        int digits = 0;
        int decimals = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '.') {
                separators++;
            } else if (c >= '0' && c <= '9') {
                digits++;
                if (separators > 0) {
                    decimals++;
                }
            } else {
                return false;
            }
        }
        boolean danglingSeparator = separators == 1 && decimals == 0;
        return digits > 0 && separators <= 1 && decimals <= Amounts.SCALE && !danglingSeparator;
    }

    private static String stripSpaces(String raw) {
        StringBuilder text = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                text.append(c);
            }
        }
        return text.toString();
    }
}
