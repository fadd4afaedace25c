package org.cloture.ingest.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import org.cloture.ingest.cells.MonthParser;
import org.cloture.source.CheckId;
import org.cloture.volunteering.VolunteerEntry;

/** Volunteer hours rows; the date column may hold a day or, for monthly logs, a month. */
public final class VolunteerRowMapper implements RowMapper<VolunteerEntry> {

    @Override
    public VolunteerEntry map(FieldReader row) {
        String volunteer = row.requiredText("volunteer");
        RawCell dateCell = row.cell("date");
        LocalDate date = null;
        YearMonth month = null;
        if (dateCell.isBlank()) {
            row.requiredText("date");
        } else {
            Optional<LocalDate> day = FieldReader.date(dateCell);
            if (day.isPresent()) {
                date = day.get();
            } else {
                month = MonthParser.parse(dateCell.text()).orElse(null);
                if (month == null) {
                    row.report(CheckId.INVALID_DATE, "date", true, dateCell.text());
                }
            }
        }
        BigDecimal hours = row.hours("hours", true);
        if (row.isRejected()) {
            return null;
        }
        return new VolunteerEntry(volunteer, row.text("memberId"), date, month, hours, row.text("activity"),
                row.rowLocation());
    }
}
