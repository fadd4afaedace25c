package org.cloture.ingest.helloasso;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cloture.ingest.RejectedRow;
import org.cloture.ingest.RowSink;
import org.cloture.ingest.cells.AmountParser;
import org.cloture.ingest.cells.DayOfTimestamp;
import org.cloture.ingest.table.RawRow;
import org.cloture.money.Amounts;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;

/**
 * One line of a HelloAsso export, read by column key ({@code Texts.key} of the header: « Référence commande » is
 * {@code referencecommande}); a value that cannot be read becomes a finding, and the line is rejected.
 */
final class HelloAssoRow {

    private final RawRow row;
    private final Map<String, Integer> columns;
    private final List<String> headers;
    private final SourceLocation location;
    private final List<Finding> problems = new ArrayList<>();

    HelloAssoRow(RawRow row, Map<String, Integer> columns, List<String> headers, String file) {
        this.row = row;
        this.columns = columns;
        this.headers = headers;
        this.location = SourceLocation.ofRow(file, row.sheet(), row.rowNumber());
    }

    SourceLocation location() {
        return location;
    }

    boolean has(String key) {
        return columns.containsKey(key);
    }

    /** The stripped text of the first of these columns the export has, "" when absent or empty. */
    String text(String... keys) {
        for (String key : keys) {
            Integer column = columns.get(key);
            if (column != null) {
                return row.cell(column).text().strip();
            }
        }
        return "";
    }

    /** A required day, with or without its time; null with a finding when missing or unreadable. */
    LocalDate date(String key) {
        String text = text(key);
        Optional<LocalDate> date = DayOfTimestamp.parse(text);
        if (date.isEmpty()) {
            problems.add(text.isEmpty()
                    ? Finding.of(CheckId.REQUIRED_VALUE_MISSING, at(key), null, header(key))
                    : Finding.of(CheckId.INVALID_DATE, at(key), text, text));
        }
        return date.orElse(null);
    }

    /** An optional day: empty when the cell is, a finding when it is unreadable. */
    Optional<LocalDate> optionalDate(String key) {
        String text = text(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = DayOfTimestamp.parse(text);
        if (date.isEmpty()) {
            problems.add(Finding.of(CheckId.INVALID_DATE, at(key), text, text));
        }
        return date;
    }

    /** An amount with a decimal comma, zero when the cell is empty; a finding when it is unreadable. */
    BigDecimal amount(String key) {
        String text = text(key);
        if (text.isEmpty()) {
            return Amounts.ZERO;
        }
        Optional<BigDecimal> amount = AmountParser.parse(text);
        if (amount.isEmpty()) {
            problems.add(Finding.of(CheckId.INVALID_AMOUNT, at(key), text, text));
            return Amounts.ZERO;
        }
        return Amounts.exact(amount.get());
    }

    /** A text that must be there; null with a finding when empty. */
    String required(String key) {
        String text = text(key);
        if (text.isEmpty()) {
            problems.add(Finding.of(CheckId.REQUIRED_VALUE_MISSING, at(key), null, header(key)));
            return null;
        }
        return text;
    }

    /**
     * Whether a value could not be read; the findings and the rejected row are then handed to the sink, and the
     * line counts nowhere.
     */
    boolean rejectedInto(RowSink sink) {
        if (problems.isEmpty()) {
            return false;
        }
        problems.forEach(sink::finding);
        sink.rejected(new RejectedRow(location, row.joinedText(), problems.stream().map(Finding::message)
                .reduce((a, b) -> a + " ; " + b).orElse("")));
        return true;
    }

    private SourceLocation at(String key) {
        return location.withColumn(header(key));
    }

    private String header(String key) {
        Integer column = columns.get(key);
        return column != null && column < headers.size() ? headers.get(column) : key;
    }
}
