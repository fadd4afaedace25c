package org.cloture.ingest.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cloture.ingest.cells.AmountParser;
import org.cloture.ingest.cells.CountParser;
import org.cloture.ingest.cells.DateParser;
import org.cloture.ingest.cells.HoursParser;
import org.cloture.ingest.cells.Texts;
import org.cloture.ingest.cells.YesNoParser;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;

/**
 * Reads the fields of one data row and records what is wrong with them. A missing or unreadable
 * required value rejects the row; an unreadable optional value is reported and left null.
 */
public final class FieldReader {

    /** 31/12/9999, the last day a spreadsheet can show. */
    private static final BigDecimal LAST_SERIAL = BigDecimal.valueOf(2_958_465);

    private final RawRow row;
    private final ColumnMap columns;
    private final String file;
    private final List<Finding> findings = new ArrayList<>();
    private final List<String> rejectionReasons = new ArrayList<>();

    public FieldReader(RawRow row, ColumnMap columns, String file) {
        this.row = row;
        this.columns = columns;
        this.file = file;
    }

    public SourceLocation rowLocation() {
        return SourceLocation.ofRow(file, row.sheet(), row.rowNumber());
    }

    public SourceLocation location(String field) {
        return rowLocation().withColumn(columns.header(field));
    }

    public RawCell cell(String field) {
        return row.cell(columns.column(field));
    }

    public int rowNumber() {
        return row.rowNumber();
    }

    /** Null for a csv file. */
    public String sheet() {
        return row.sheet();
    }

    /** The cleaned text, null when the cell is blank or the column absent. */
    public String text(String field) {
        return Texts.clean(cell(field).text());
    }

    public String requiredText(String field) {
        String text = text(field);
        if (text == null) {
            missing(field);
        }
        return text;
    }

    public BigDecimal amount(String field) {
        return amount(field, false);
    }

    /** A required amount rejects the row when it is missing or unreadable. */
    public BigDecimal amount(String field, boolean required) {
        return parsed(field, required, CheckId.INVALID_AMOUNT,
                c -> c.isNumeric() ? Optional.of(AmountParser.fromNumber(c.number())) : AmountParser.parse(c.text()));
    }

    /** Whether the sheet has a column for this field. */
    public boolean has(String field) {
        return columns.has(field);
    }

    public LocalDate date(String field, boolean required) {
        return parsed(field, required, CheckId.INVALID_DATE, FieldReader::date);
    }

    public Integer count(String field) {
        return parsed(field, false, CheckId.INVALID_NUMBER,
                c -> c.isNumeric() ? CountParser.fromNumber(c.number()) : CountParser.parse(c.text()));
    }

    public BigDecimal hours(String field, boolean required) {
        return parsed(field, required, CheckId.INVALID_HOURS, FieldReader::hours);
    }

    /** Blank means no; an unreadable value is reported as a warning and taken as no. */
    public boolean yesNo(String field) {
        RawCell cell = cell(field);
        if (cell.isBlank()) {
            return false;
        }
        Optional<Boolean> value = YesNoParser.parse(cell.text());
        if (value.isEmpty()) {
            report(CheckId.INVALID_YES_NO, field, false, cell.text());
        }
        return value.orElse(false);
    }

    /** Reports a problem on a field; a required field's problem rejects the row. */
    public void report(CheckId check, String field, boolean rejects, String rawValue, Object... arguments) {
        Finding finding = Finding.of(check, location(field), rawValue, arguments.length == 0 ? new Object[] {rawValue} : arguments);
        findings.add(finding);
        if (rejects) {
            rejectionReasons.add(finding.message());
        }
    }

    /** Rejects the row for a reason that concerns it as a whole. */
    public void reject(Finding finding) {
        findings.add(finding);
        rejectionReasons.add(finding.message());
    }

    public List<Finding> findings() {
        return List.copyOf(findings);
    }

    public boolean isRejected() {
        return !rejectionReasons.isEmpty();
    }

    public String rejectionReason() {
        return rejectionReasons.stream().collect(Collectors.joining(" ; "));
    }

    static Optional<LocalDate> date(RawCell cell) {
        if (cell.isDateFormatted()) {
            return Optional.of(cell.dateTime().toLocalDate());
        }
        if (cell.isNumeric()) {
            boolean plausible = cell.number().compareTo(BigDecimal.ONE) >= 0 && cell.number().compareTo(LAST_SERIAL) <= 0;
            return plausible ? Optional.of(DateParser.fromSerial(cell.number(), false)) : Optional.empty();
        }
        return DateParser.parse(cell.text());
    }

    static Optional<BigDecimal> hours(RawCell cell) {
        if (cell.isDateFormatted()) {
            return Optional.of(HoursParser.fromDayFraction(cell.number()));
        }
        if (cell.isNumeric()) {
            return cell.number().signum() < 0 ? Optional.empty() : Optional.of(HoursParser.fromNumber(cell.number()));
        }
        return HoursParser.parse(cell.text());
    }

    private <T> T parsed(String field, boolean required, CheckId invalid, Function<RawCell, Optional<T>> parser) {
        RawCell cell = cell(field);
        if (cell.isBlank()) {
            if (required) {
                missing(field);
            }
            return null;
        }
        Optional<T> value = parser.apply(cell);
        if (value.isEmpty()) {
            report(invalid, field, required, cell.text());
        }
        return value.orElse(null);
    }

    private void missing(String field) {
        report(CheckId.REQUIRED_VALUE_MISSING, field, true, null, columns.header(field));
    }
}
