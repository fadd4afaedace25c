package org.cloture.yearend;

import java.nio.file.Path;

/** What the treasurer asked for: which year, where the inputs are and where the reports go. */
public record YearEndRequest(int year, Path inputRoot, Path reportsRoot, Mode mode) {

    public enum Mode {
        /** Load, check, compute and render every output. */
        RUN,
        /** Load and check only; write the controls workbook. */
        CHECK,
        /** Load and compute the key figures only, to explain one of them; write nothing. */
        EXPLAIN,
        /** Load, check and compute, then write the coming year's programme, the controls and the JSON. */
        PROGRAMME
    }
}
