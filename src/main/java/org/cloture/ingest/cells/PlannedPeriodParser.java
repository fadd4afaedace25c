package org.cloture.ingest.cells;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cloture.programme.PlannedPeriod;

/**
 * When a planned action takes place, as a planning sheet says it: a day (« 12/05/2026 », « 12 mai 2026 »), two
 * days (« 12/05/2026 au 14/05/2026 », « du 12 au 14 mai 2026 »), a month (« mars 2026 », « 03/2026 »), two months
 * (« mai-juin 2026 »), a quarter (« T2 2026 », « 2e trimestre 2026 »), a semester (« 1er semestre 2026 »), a
 * season (« printemps 2026 ») or the year (« 2026 », « toute l'année »). Without a year, the coming year is meant:
 * the sheet plans that year.
 */
public final class PlannedPeriodParser {

    private static final String MONTH = "([a-z]+)\\.?";
    private static final String YEAR = "(?:\\s+(\\d{4}))?";
    private static final Pattern RANGE_SEPARATOR = Pattern.compile("\\s+(?:au|a|jusqu'au|->)\\s+|\\s*[-–—→]\\s*(?=\\d{1,2}[/.]|\\d{4}-)");
    private static final Pattern DAYS_OF_MONTH = Pattern.compile(
            "(?:du\\s+|les\\s+)?(1er|\\d{1,2})\\s*(?:au|a|-|–|et)\\s*(1er|\\d{1,2})\\s+" + MONTH + YEAR);
    private static final Pattern DAY_OF_MONTH = Pattern.compile("(?:le\\s+)?(1er|\\d{1,2})\\s+" + MONTH + YEAR);
    private static final Pattern MONTHS = Pattern.compile("(?:de\\s+|d')?" + MONTH + "\\s*(?:a|au|-|–|/|et)\\s*" + MONTH + YEAR);
    private static final Pattern ONE_MONTH = Pattern.compile("(?:en\\s+|courant\\s+|fin\\s+|debut\\s+|mi-?)?" + MONTH + YEAR);
    private static final Pattern QUARTER = Pattern.compile(
            "(?:t|q)([1-4])" + YEAR + "|([1-4])(?:er|e|eme|nd|d)?\\s+trimestre" + YEAR + "|(premier|deuxieme|second|troisieme|quatrieme)\\s+trimestre" + YEAR);
    private static final Pattern SEMESTER = Pattern.compile(
            "s([12])" + YEAR + "|([12])(?:er|e|eme|nd|d)?\\s+semestre" + YEAR + "|(premier|deuxieme|second)\\s+semestre" + YEAR);
    private static final Pattern SEASON = Pattern.compile("(?:au\\s+|a l'|en\\s+)?(printemps|ete|automne|hiver|rentree)" + YEAR);
    private static final Pattern WHOLE_YEAR = Pattern.compile(
            "(?:(?:toute l'annee|tout au long de l'annee|annee|en continu|permanent|toute l'annee)\\s*)?(\\d{4})?\\s*(?:toute l'annee|tout au long de l'annee|en continu)?");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    private static final String[] MONTH_NAMES = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet",
            "août", "septembre", "octobre", "novembre", "décembre"};

    private PlannedPeriodParser() {
    }

    /** @param comingYear the year meant when the text names none */
    public static Optional<PlannedPeriod> parse(String text, int comingYear) {
        String folded = Texts.folded(text).replace('’', '\'').replaceAll("\\s+", " ").strip();
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> day = DateParser.parse(folded);
        if (day.isPresent()) {
            return Optional.of(day(day.get()));
        }
        Optional<PlannedPeriod> found = twoDates(folded).or(() -> daysOfMonth(folded, comingYear))
                .or(() -> dayOfMonth(folded, comingYear)).or(() -> months(folded, comingYear))
                .or(() -> month(folded, comingYear)).or(() -> quarter(folded, comingYear))
                .or(() -> semester(folded, comingYear)).or(() -> season(folded, comingYear))
                .or(() -> wholeYear(folded, comingYear));
        return found;
    }

    private static PlannedPeriod day(LocalDate date) {
        return new PlannedPeriod(date, date, DAY.format(date).replaceFirst("^1 ", "1er "));
    }

    /** « 12/05/2026 au 14/05/2026 », « 2026-05-12 - 2026-05-14 ». */
    private static Optional<PlannedPeriod> twoDates(String folded) {
        String[] parts = RANGE_SEPARATOR.split(folded.replaceFirst("^du ", ""), 2);
        if (parts.length != 2) {
            return Optional.empty();
        }
        Optional<LocalDate> start = DateParser.parse(parts[0]);
        Optional<LocalDate> end = DateParser.parse(parts[1]);
        if (start.isEmpty() || end.isEmpty() || end.get().isBefore(start.get())) {
            return Optional.empty();
        }
        return Optional.of(span(start.get(), end.get()));
    }

    private static PlannedPeriod span(LocalDate start, LocalDate end) {
        if (start.equals(end)) {
            return day(start);
        }
        String label = start.getYear() == end.getYear() && start.getMonth() == end.getMonth()
                ? "du " + dayNumber(start) + " au " + DAY.format(end)
                : "du " + DAY.format(start).replaceFirst("^1 ", "1er ") + " au " + DAY.format(end);
        return new PlannedPeriod(start, end, label);
    }

    private static String dayNumber(LocalDate date) {
        return date.getDayOfMonth() == 1 ? "1er" : Integer.toString(date.getDayOfMonth());
    }

    private static Optional<PlannedPeriod> daysOfMonth(String folded, int comingYear) {
        Matcher m = DAYS_OF_MONTH.matcher(folded);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = year(m.group(4), comingYear);
        return FrenchMonths.number(m.group(3)).flatMap(month -> {
            Optional<LocalDate> start = date(year, month, dayOf(m.group(1)));
            Optional<LocalDate> end = date(year, month, dayOf(m.group(2)));
            return start.isPresent() && end.isPresent() && !end.get().isBefore(start.get())
                    ? Optional.of(span(start.get(), end.get())) : Optional.empty();
        });
    }

    private static Optional<PlannedPeriod> dayOfMonth(String folded, int comingYear) {
        Matcher m = DAY_OF_MONTH.matcher(folded);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = year(m.group(3), comingYear);
        return FrenchMonths.number(m.group(2)).flatMap(month -> date(year, month, dayOf(m.group(1))))
                .map(PlannedPeriodParser::day);
    }

    private static Optional<PlannedPeriod> months(String folded, int comingYear) {
        Matcher m = MONTHS.matcher(folded);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = year(m.group(3), comingYear);
        Optional<Integer> first = FrenchMonths.number(m.group(1));
        Optional<Integer> last = FrenchMonths.number(m.group(2));
        if (first.isEmpty() || last.isEmpty() || last.get() < first.get()) {
            return Optional.empty();
        }
        YearMonth start = YearMonth.of(year, first.get());
        YearMonth end = YearMonth.of(year, last.get());
        return Optional.of(new PlannedPeriod(start.atDay(1), end.atEndOfMonth(),
                "de " + MONTH_NAMES[first.get() - 1] + " à " + MONTH_NAMES[last.get() - 1] + " " + year));
    }

    private static Optional<PlannedPeriod> month(String folded, int comingYear) {
        Optional<YearMonth> written = MonthParser.parse(folded);
        if (written.isPresent()) {
            return Optional.of(month(written.get()));
        }
        Matcher m = ONE_MONTH.matcher(folded);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = year(m.group(2), comingYear);
        return FrenchMonths.number(m.group(1)).map(month -> month(YearMonth.of(year, month)));
    }

    private static PlannedPeriod month(YearMonth month) {
        return new PlannedPeriod(month.atDay(1), month.atEndOfMonth(),
                MONTH_NAMES[month.getMonthValue() - 1] + " " + month.getYear());
    }

    private static Optional<PlannedPeriod> quarter(String folded, int comingYear) {
        Matcher m = QUARTER.matcher(folded);
        if (!m.matches()) {
            return Optional.empty();
        }
        int quarter;
        int year;
        if (m.group(1) != null) {
            quarter = Integer.parseInt(m.group(1));
            year = year(m.group(2), comingYear);
        } else if (m.group(3) != null) {
            quarter = Integer.parseInt(m.group(3));
            year = year(m.group(4), comingYear);
        } else {
            quarter = ordinal(m.group(5));
            year = year(m.group(6), comingYear);
        }
        YearMonth first = YearMonth.of(year, quarter * 3 - 2);
        return Optional.of(new PlannedPeriod(first.atDay(1), first.plusMonths(2).atEndOfMonth(),
                (quarter == 1 ? "1er" : quarter + "e") + " trimestre " + year));
    }

    private static Optional<PlannedPeriod> semester(String folded, int comingYear) {
        Matcher m = SEMESTER.matcher(folded);
        if (!m.matches()) {
            return Optional.empty();
        }
        int semester;
        int year;
        if (m.group(1) != null) {
            semester = Integer.parseInt(m.group(1));
            year = year(m.group(2), comingYear);
        } else if (m.group(3) != null) {
            semester = Integer.parseInt(m.group(3));
            year = year(m.group(4), comingYear);
        } else {
            semester = ordinal(m.group(5));
            year = year(m.group(6), comingYear);
        }
        YearMonth first = YearMonth.of(year, semester * 6 - 5);
        return Optional.of(new PlannedPeriod(first.atDay(1), first.plusMonths(5).atEndOfMonth(),
                (semester == 1 ? "1er" : "2e") + " semestre " + year));
    }

    /** Meteorological seasons, as planners mean them; « rentrée » is September. */
    private static Optional<PlannedPeriod> season(String folded, int comingYear) {
        Matcher m = SEASON.matcher(folded);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = year(m.group(2), comingYear);
        return Optional.of(switch (m.group(1)) {
            case "printemps" -> new PlannedPeriod(LocalDate.of(year, 3, 1), LocalDate.of(year, 5, 31), "printemps " + year);
            case "ete" -> new PlannedPeriod(LocalDate.of(year, 6, 1), LocalDate.of(year, 8, 31), "été " + year);
            case "automne" -> new PlannedPeriod(LocalDate.of(year, 9, 1), LocalDate.of(year, 11, 30), "automne " + year);
            case "rentree" -> new PlannedPeriod(LocalDate.of(year, 9, 1), LocalDate.of(year, 9, 30), "rentrée " + year);
            default -> new PlannedPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 2, 28), "hiver " + year);
        });
    }

    private static Optional<PlannedPeriod> wholeYear(String folded, int comingYear) {
        Matcher m = WHOLE_YEAR.matcher(folded);
        if (!m.matches() || m.group(1) == null && !folded.contains("annee") && !folded.contains("continu")) {
            return Optional.empty();
        }
        int year = year(m.group(1), comingYear);
        return Optional.of(new PlannedPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "toute l'année " + year));
    }

    private static int ordinal(String word) {
        return switch (word) {
            case "premier" -> 1;
            case "deuxieme", "second" -> 2;
            case "troisieme" -> 3;
            default -> 4;
        };
    }

    private static int year(String written, int comingYear) {
        return written == null ? comingYear : Integer.parseInt(written);
    }

    private static int dayOf(String written) {
        return written.equals("1er") ? 1 : Integer.parseInt(written);
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
