package org.cloture.report.pdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.cloture.money.FrenchFormat;

/** French typography of the report beyond amounts: long dates, percentages, year-over-year changes. */
final class FrenchText {

    static final String NNBSP = "\u202F";
    static final String MINUS = "\u2212";

    private static final String[] MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre"};

    private FrenchText() {
    }

    /** 23 mai 2023; the first of the month is written 1er. */
    static String date(LocalDate date) {
        String day = date.getDayOfMonth() == 1 ? "1er" : Integer.toString(date.getDayOfMonth());
        return day + " " + month(date.getMonthValue()) + " " + date.getYear();
    }

    private static final String[] SHORT_MONTHS = {"janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août",
            "sept.", "oct.", "nov.", "déc."};

    /** The abbreviations of the French typographic usage: janv., févr., mars… */
    static String shortMonth(int month) {
        return SHORT_MONTHS[month - 1];
    }

    static String month(int month) {
        return MONTHS[month - 1];
    }

    /** 12,3 % (one decimal, narrow no-break space before the sign, minus sign when negative). */
    static String percent(BigDecimal percent) {
        return FrenchFormat.decimal(percent, 1) + NNBSP + "%";
    }

    /**
     * The change from the previous year in percent, signed ("+12,3 %", "−4,0 %"), or null when there is no
     * previous value or it is zero (no meaningful ratio).
     */
    static String change(BigDecimal now, BigDecimal before) {
        // The JSON's changePercent: one rule, in org.cloture.figures.
        BigDecimal change = org.cloture.figures.FigureChange.percent(now, before);
        return change == null ? null : (change.signum() > 0 ? "+" : "") + percent(change);
    }
}
