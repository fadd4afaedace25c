package org.cloture.ingest.cells;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Spreadsheet date serials: days since an epoch, the time being the fraction of the day. */
public final class ExcelSerials {

    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 31);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    private static final int FICTITIOUS_29_FEB_1900 = 60;
    private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

    private ExcelSerials() {
    }

    public static LocalDate toDate(BigDecimal serial, boolean date1904) {
        return toDateTime(serial, date1904).toLocalDate();
    }

    public static LocalDateTime toDateTime(BigDecimal serial, boolean date1904) {
        long seconds = serial.multiply(SECONDS_PER_DAY).setScale(0, RoundingMode.HALF_UP).longValueExact();
        long days = Math.floorDiv(seconds, 86_400L);
        long secondOfDay = Math.floorMod(seconds, 86_400L);
        LocalDate date;
        if (date1904) {
            date = EPOCH_1904.plusDays(days);
        } else {
            // Lotus 1-2-3 counted 29 February 1900, which never was; Excel keeps the bug for compatibility.
            date = EPOCH_1900.plusDays(days >= FICTITIOUS_29_FEB_1900 ? days - 1 : days);
        }
        return date.atStartOfDay().plusSeconds(secondOfDay);
    }
}
