package org.cloture.ingest.cells;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A planned target as people write it in a planning sheet: « 11 », « 11 campagnes », « 1 500 notices »,
 * « environ 200 participants », « 2,5 jours ». The number, and what follows it as the unit.
 */
public final class TargetParser {

    private static final Pattern NUMBER_THEN_UNIT = Pattern.compile(
            "^[^0-9]*?(\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+|\\d+)(?:[.,](\\d+))?\\s*(.*)$");

    private TargetParser() {
    }

    /** A number and, when the text names one, its unit. */
    public record Target(BigDecimal count, String unit) {
    }

    public static Optional<Target> parse(String text) {
        String cleaned = Texts.clean(text);
        if (cleaned == null) {
            return Optional.empty();
        }
        Matcher m = NUMBER_THEN_UNIT.matcher(cleaned);
        if (!m.matches()) {
            return Optional.empty();
        }
        String integer = m.group(1).replaceAll("[ \\u00A0\\u202F]", "");
        BigDecimal count = new BigDecimal(m.group(2) == null ? integer : integer + "." + m.group(2));
        String unit = Texts.clean(m.group(3).replaceFirst("^[()\\-–:]+\\s*", ""));
        return Optional.of(new Target(count, unit));
    }
}
