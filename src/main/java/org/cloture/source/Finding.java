package org.cloture.source;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A problem found in the inputs or by a check: never an exception. The message says what is wrong,
 * the hint what to do about it, both in French for the staff and the treasurer.
 *
 * @param value   the raw value that was read, when one is at fault (null otherwise)
 * @param related the other source rows behind the finding (e.g. both rows of a duplicate, every row of
 *                a volunteer over the yearly limit, the accounting lines of a mismatch); empty when the
 *                location says it all
 */
public record Finding(CheckId check, Severity severity, String message, String hint,
                      SourceLocation location, String value, List<SourceLocation> related) {

    public Finding {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        related = related == null ? List.of() : List.copyOf(related);
    }

    /** A finding about one place only. */
    public Finding(CheckId check, Severity severity, String message, String hint, SourceLocation location,
                   String value) {
        this(check, severity, message, hint, location, value, List.of());
    }

    /** A finding with the check's default severity. */
    public static Finding of(CheckId check, SourceLocation location, String value, Object... arguments) {
        return new Finding(check, check.defaultSeverity(), check.message(arguments), check.hint(),
                location, value);
    }

    /** The same finding, naming also the other rows behind it. */
    public Finding withRelated(List<SourceLocation> rows) {
        return new Finding(check, severity, message, hint, location, value, rows);
    }

    /**
     * Every source row behind the finding, its own location first, each once — a row's column is
     * dropped when comparing, so the same row named for two columns counts once.
     */
    public List<SourceLocation> sources() {
        List<SourceLocation> rows = new ArrayList<>();
        Set<SourceLocation> named = new HashSet<>();
        if (location != null) {
            rows.add(location);
            named.add(withoutColumn(location));
        }
        // A mismatch may name thousands of rows: one pass, a set of the rows already named.
        for (SourceLocation row : related) {
            if (named.add(withoutColumn(row))) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static SourceLocation withoutColumn(SourceLocation location) {
        return new SourceLocation(location.file(), location.sheet(), location.row(), null);
    }

    public boolean isBlocking() {
        return severity.isBlocking();
    }
}
