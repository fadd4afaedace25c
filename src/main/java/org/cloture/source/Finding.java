package org.cloture.source;

import java.util.Objects;

/**
 * A problem found in the inputs or by a check: never an exception. The message says what is wrong,
 * the hint what to do about it, both in French for the staff and the treasurer.
 *
 * @param value the raw value that was read, when one is at fault (null otherwise)
 */
public record Finding(CheckId check, Severity severity, String message, String hint,
                      SourceLocation location, String value) {

    public Finding {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    /** A finding with the check's default severity. */
    public static Finding of(CheckId check, SourceLocation location, String value, Object... arguments) {
        return new Finding(check, check.defaultSeverity(), check.message(arguments), check.hint(),
                location, value);
    }

    public boolean isBlocking() {
        return severity.isBlocking();
    }
}
