package org.cloture.ingest.table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.cloture.ingest.cells.ExcelSerials;

/**
 * Builds {@link RawCell}s the same way whatever the spreadsheet container, so that a date, a time or an
 * amount reads the same from .xlsx, .xls and .ods.
 */
final class SpreadsheetCells {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    /** Day 0 of the 1900 date system for every date after February 1900; the « null date » of OpenDocument. */
    private static final LocalDate SERIAL_ZERO = LocalDate.of(1899, 12, 30);
    private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

    private SpreadsheetCells() {
    }

    /** A number cell of Excel (xlsx, xls): a date or a time when its format shows one. */
    static RawCell number(BigDecimal number, Integer formatId, String formatString, boolean date1904) {
        if (ExcelDateFormats.isDateOrTime(formatId, formatString)) {
            LocalDateTime dateTime = ExcelSerials.toDateTime(number, date1904);
            return new RawCell(display(number, dateTime), number, dateTime);
        }
        return RawCell.ofNumber(number);
    }

    /** A date cell of OpenDocument, which stores the date itself: given the serial Excel would have. */
    static RawCell dateTime(LocalDateTime dateTime) {
        BigDecimal serial = BigDecimal.valueOf(ChronoUnit.DAYS.between(SERIAL_ZERO, dateTime.toLocalDate()))
                .add(dayFraction(dateTime.toLocalTime().toSecondOfDay()));
        return new RawCell(display(serial, dateTime), serial, dateTime);
    }

    /** A time cell of OpenDocument (a duration, such as 03:30 hours worked). */
    static RawCell duration(Duration duration) {
        BigDecimal fraction = dayFraction(duration.getSeconds());
        LocalDateTime onEpochDay = SERIAL_ZERO.atStartOfDay().plus(duration);
        String text = String.format("%02d:%02d", duration.toHours(), duration.toMinutesPart());
        return new RawCell(text, fraction, onEpochDay);
    }

    static RawCell bool(boolean value) {
        return RawCell.ofText(value ? "VRAI" : "FAUX");
    }

    private static BigDecimal dayFraction(long seconds) {
        return BigDecimal.valueOf(seconds).divide(SECONDS_PER_DAY, 10, RoundingMode.HALF_UP);
    }

    private static String display(BigDecimal serial, LocalDateTime dateTime) {
        if (serial.abs().compareTo(BigDecimal.ONE) < 0) {
            return TIME.format(dateTime);
        }
        String day = DAY.format(dateTime);
        return dateTime.toLocalTime().toSecondOfDay() == 0 ? day : day + " " + TIME.format(dateTime);
    }
}
