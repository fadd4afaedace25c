package org.cloture.yearend;

import java.nio.file.Path;
import org.cloture.report.OutputFiles;

/**
 * What the treasurer asked for: which year, where the inputs are and where the reports go.
 *
 * @param outputs where this closing's outputs go: {@code reports/<year>/} for an association, and
 *                {@code reports/<year>/<member-id>/} for a member association closed within its federation
 */
public record YearEndRequest(int year, Path inputRoot, Path reportsRoot, Mode mode, OutputFiles outputs) {

    public YearEndRequest(int year, Path inputRoot, Path reportsRoot, Mode mode) {
        this(year, inputRoot, reportsRoot, mode, OutputFiles.of(reportsRoot, year));
    }

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
