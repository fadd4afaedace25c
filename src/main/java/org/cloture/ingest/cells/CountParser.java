package org.cloture.ingest.cells;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/** Head counts (participants, structures present): whole numbers, zero or more. */
public final class CountParser {

    private static final Pattern WHOLE = Pattern.compile("\\d{1,9}");

    private CountParser() {
    }

    public static Optional<Integer> parse(String text) {
        String compact = Texts.folded(text).replace(" ", "");
        return WHOLE.matcher(compact).matches() ? Optional.of(Integer.parseInt(compact)) : Optional.empty();
    }

    public static Optional<Integer> fromNumber(BigDecimal number) {
        if (number.signum() < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(number.stripTrailingZeros().intValueExact());
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
    }
}
