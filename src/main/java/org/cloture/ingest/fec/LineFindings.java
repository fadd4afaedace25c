package org.cloture.ingest.fec;

import java.util.function.Consumer;

import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.Severity;
import org.cloture.source.SourceLocation;

/** Findings of one line, remembering the first blocking one as the reason to reject it. */
final class LineFindings {

    private final Consumer<Finding> sink;
    private final SourceLocation line;
    private final StringPool messages;
    private String rejection;

    /** Messages are shared: a systematic gap in an export repeats one message on every line. */
    LineFindings(Consumer<Finding> sink, SourceLocation line, StringPool messages) {
        this.sink = sink;
        this.line = line;
        this.messages = messages;
    }

    SourceLocation line() {
        return line;
    }

    void blocking(CheckId check, String column, String raw, Object... arguments) {
        add(new Finding(check, check.defaultSeverity(), messages.share(check.message(arguments)), check.hint(),
                at(column), raw));
    }

    /** Same check, lowered to a warning: the spec tolerates the anomaly on this column. */
    void warning(CheckId check, String column, String raw, Object... arguments) {
        add(new Finding(check, Severity.WARNING, messages.share(check.message(arguments)), check.hint(),
                at(column), raw));
    }

    boolean rejected() {
        return rejection != null;
    }

    String rejection() {
        return rejection;
    }

    private void add(Finding finding) {
        sink.accept(finding);
        if (rejection == null && finding.isBlocking()) {
            rejection = finding.message();
        }
    }

    private SourceLocation at(String column) {
        return column == null ? line : line.withColumn(column);
    }
}
