package org.cloture.ingest.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.cloture.ingest.cells.TargetParser;
import org.cloture.programme.PlannedAction;

/**
 * Planning rows. The dates stay as written (a day cell as « 12/05/2026 », a start and an end joined as
 * « 12/05/2026 au 14/05/2026 »): a plan says « mars », « T2 » or « printemps », which only the programme stage,
 * knowing the coming year, can read. Planners often write the axis once, on a heading row or on the first action
 * of the axis: a row without an action is such a heading (nothing to plan, no finding), and a row without an
 * axis belongs to the axis above it. The mapper is made for one sheet: it remembers that axis.
 */
final class PlanningRowMapper implements RowMapper<PlannedAction> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** The axis of actions met before any axis was named. */
    static final String NO_AXIS = "Autres actions";

    private String currentAxis;

    @Override
    public PlannedAction map(FieldReader row) {
        String named = row.text("axis");
        if (named != null) {
            currentAxis = named;
        }
        String action = row.text("action");
        if (action == null) {
            return null;
        }
        String axis = currentAxis == null ? NO_AXIS : currentAxis;
        String start = dateText(row, "date");
        String end = dateText(row, "endDate");
        String rawDate = start == null ? end : end == null || end.equals(start) ? start : start + " au " + end;
        BigDecimal target = null;
        String unit = row.text("unit");
        String description = row.text("description");
        RawCell targetCell = row.cell("target");
        if (!targetCell.isBlank()) {
            Optional<TargetParser.Target> parsed = targetCell.isNumeric()
                    ? Optional.of(new TargetParser.Target(plain(targetCell.number()), null))
                    : TargetParser.parse(targetCell.text());
            if (parsed.isPresent()) {
                target = parsed.get().count();
                unit = unit != null ? unit : parsed.get().unit();
            } else {
                // « tous les musées du réseau »: an objective in words, not a count.
                String words = "Objectif : " + targetCell.text().strip();
                description = description == null ? words : description + " — " + words;
            }
        }
        return new PlannedAction(axis, action, null, rawDate, row.text("place"), row.text("partners"), target,
                unit, description, row.rowLocation());
    }

    /** 11, not 1.1E+1; 2.5 stays 2.5. */
    private static BigDecimal plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** A date cell as dd/MM/yyyy, any other cell as written, null when blank. */
    private static String dateText(FieldReader row, String field) {
        RawCell cell = row.cell(field);
        if (cell.isBlank()) {
            return null;
        }
        if (cell.isDateFormatted() || cell.isNumeric()) {
            Optional<LocalDate> day = FieldReader.date(cell);
            if (day.isPresent()) {
                return DAY.format(day.get());
            }
        }
        return cell.text().strip();
    }
}
