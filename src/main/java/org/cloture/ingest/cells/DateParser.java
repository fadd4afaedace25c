package org.cloture.ingest.cells;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days as written in French registers: {@code 15/03/2023}, {@code 15/03/23}, {@code 15.03.2023},
 * {@code 2023-03-15}, {@code 15 mars 2023}, {@code 1er mars 2023}, {@code mercredi 15 mars 2023},
 * {@code 20230315}, and spreadsheet serials (a date typed into a cell formatted as a number).
 */
public final class DateParser {

    /** A time of day after the date, as exports write it (« 03/04/2026 18:23:13 », « 15/03/2024 à 18h23 »): ignored. */
    private static final String TIME = "(?:[t ]+(?:a )?\\d{1,2}[:h]\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:z|[+-]\\d{2}:?\\d{2})?)?";
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})([/.\\- ])(\\d{1,2})\\2(\\d{4}|\\d{2})" + TIME);
    private static final Pattern ISO = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})" + TIME);
    private static final Pattern WRITTEN = Pattern.compile(
            "(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),? )?(1er|\\d{1,2})[ -]" + FrenchMonths.PATTERN
                    + "[ -](\\d{4}|\\d{2})" + TIME);
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern SERIAL = Pattern.compile("\\d{5}");
    /** Two-digit years below this are 20xx, others 19xx: members joined in the 1980s exist. */
    private static final int CENTURY_PIVOT = 70;

    private DateParser() {
    }

    public static Optional<LocalDate> parse(String text) {
        String folded = Texts.folded(text);
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = DAY_FIRST.matcher(folded);
        if (m.matches()) {
            return of(year(m.group(4)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)));
        }
        m = ISO.matcher(folded);
        if (m.matches()) {
            return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
        }
        m = WRITTEN.matcher(folded);
        if (m.matches()) {
            int day = m.group(1).equals("1er") ? 1 : Integer.parseInt(m.group(1));
            int year = year(m.group(3));
            return FrenchMonths.number(m.group(2)).flatMap(month -> of(year, month, day));
        }
        m = COMPACT.matcher(folded);
        if (m.matches()) {
            return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        if (SERIAL.matcher(folded).matches()) {
            return Optional.of(fromSerial(new BigDecimal(folded), false));
        }
        return Optional.empty();
    }

    /** A numeric cell: the spreadsheet's own day count, its time of day ignored. */
    public static LocalDate fromSerial(BigDecimal serial, boolean date1904) {
        return ExcelSerials.toDate(serial, date1904);
    }

    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        if (digits.length() == 2) {
            return year < CENTURY_PIVOT ? 2000 + year : 1900 + year;
        }
        return year;
    }

    private static Optional<LocalDate> of(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
