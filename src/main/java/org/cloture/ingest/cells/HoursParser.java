package org.cloture.ingest.cells;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Volunteer durations: {@code 3,5}, {@code 3.5}, {@code 3h30}, {@code 3 h}, {@code 3h}, {@code 03:30},
 * {@code 45 min}, or a time-formatted cell (a fraction of a day).
 *
 * <p>Result: decimal hours at scale 4, half-up. A minute is 1/60 h, which no decimal writes exactly;
 * four decimals keep every whole minute recoverable ({@code round(hours × 60)}) and the error on
 * hours × rate stays far below a cent per row, while decimal hours typed as such ({@code 3,25}) stay exact.
 */
public final class HoursParser {

    public static final int SCALE = 4;

    private static final Pattern DECIMAL = Pattern.compile("(\\d+)(?:[.,](\\d+))?(?:h|hr|hrs|heures?)?");
    private static final Pattern HOURS_MINUTES = Pattern.compile("(\\d+)(?:h|hr|hrs|heures?)(\\d{1,2})(?:min|mn|m|minutes?)?");
    private static final Pattern CLOCK = Pattern.compile("(\\d+):(\\d{2})(?::(\\d{2}))?");
    private static final Pattern MINUTES = Pattern.compile("(\\d+)(?:min|mn|minutes?)");
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
    private static final BigDecimal MINUTES_PER_DAY = BigDecimal.valueOf(1440);

    private HoursParser() {
    }

    public static Optional<BigDecimal> parse(String text) {
        String compact = Texts.folded(text).replace(" ", "");
        if (compact.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = DECIMAL.matcher(compact);
        if (m.matches()) {
            String plain = m.group(1) + (m.group(2) == null ? "" : "." + m.group(2));
            return Optional.of(new BigDecimal(plain).setScale(SCALE, RoundingMode.HALF_UP));
        }
        m = HOURS_MINUTES.matcher(compact);
        if (m.matches()) {
            return ofMinutes(Long.parseLong(m.group(1)), Integer.parseInt(m.group(2)), 0);
        }
        m = CLOCK.matcher(compact);
        if (m.matches()) {
            int seconds = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            return ofMinutes(Long.parseLong(m.group(1)), Integer.parseInt(m.group(2)), seconds);
        }
        m = MINUTES.matcher(compact);
        if (m.matches()) {
            return ofMinutes(0, Long.parseLong(m.group(1)), 0);
        }
        return Optional.empty();
    }

    /** A plain numeric cell: the number is taken as hours. */
    public static BigDecimal fromNumber(BigDecimal hours) {
        return hours.setScale(SCALE, RoundingMode.HALF_UP);
    }

    /**
     * A time-formatted cell ({@code 03:30}) stores a fraction of a day as a double; rounding to the
     * minute first drops the binary noise ({@code 0.14583333333333334}) before converting to hours.
     */
    public static BigDecimal fromDayFraction(BigDecimal fractionOfDay) {
        BigDecimal minutes = fractionOfDay.multiply(MINUTES_PER_DAY).setScale(0, RoundingMode.HALF_UP);
        return minutes.divide(SIXTY, SCALE, RoundingMode.HALF_UP);
    }

    private static Optional<BigDecimal> ofMinutes(long hours, long minutes, int seconds) {
        if (seconds >= 60 || (hours > 0 && minutes >= 60)) {
            return Optional.empty();
        }
        BigDecimal totalMinutes = BigDecimal.valueOf(hours * 60 + minutes)
                .add(BigDecimal.valueOf(seconds).divide(SIXTY, 6, RoundingMode.HALF_UP));
        return Optional.of(totalMinutes.divide(SIXTY, SCALE, RoundingMode.HALF_UP));
    }
}
