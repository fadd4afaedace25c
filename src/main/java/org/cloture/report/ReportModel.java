package org.cloture.report;

import java.time.LocalDate;
import java.util.List;
import org.cloture.figures.KeyFigures;
import org.cloture.ingest.RejectedRow;
import org.cloture.ledger.TrialBalance;
import org.cloture.source.Finding;
import org.cloture.statements.Statements;

/**
 * Everything the outputs show, already computed: the renderers format, they never compute.
 *
 * @param previousKeyFigures null when the previous year is not available
 * @param provisional        true while blocking findings remain
 */
public record ReportModel(String associationName, int year, LocalDate fiscalYearEnd, boolean provisional,
                          KeyFigures keyFigures, KeyFigures previousKeyFigures, Statements statements,
                          TrialBalance trialBalance, List<Finding> findings, List<RejectedRow> rejectedRows,
                          List<FileSummary> files) {

    /** One input file as loaded: for the controls workbook and the console. */
    public record FileSummary(String path, String kinds, int rowsRead, int rowsLoaded, int rowsRejected,
                              String sha256) {
    }
}
