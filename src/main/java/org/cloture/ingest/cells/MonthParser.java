package org.cloture.ingest.cells;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Months for hours logged per month: {@code 2023-03}, {@code 03/2023}, {@code mars 2023}, {@code mars-23}. */
public final class MonthParser {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern MONTH_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{4})");
    private static final Pattern WRITTEN = Pattern.compile(FrenchMonths.PATTERN + "[ -](\\d{4}|\\d{2})");

    private MonthParser() {
    }

    public static Optional<YearMonth> parse(String text) {
        String folded = Texts.folded(text);
        Matcher m = ISO.matcher(folded);
        if (m.matches()) {
            return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = MONTH_FIRST.matcher(folded);
        if (m.matches()) {
            return of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        m = WRITTEN.matcher(folded);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(2));
            int fullYear = m.group(2).length() == 2 ? 2000 + year : year;
            return FrenchMonths.number(m.group(1)).flatMap(month -> of(fullYear, month));
        }
        return Optional.empty();
    }

    private static Optional<YearMonth> of(int year, int month) {
        try {
            return Optional.of(YearMonth.of(year, month));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
