package org.cloture.report;

import java.time.LocalDate;
import java.util.List;
import org.cloture.figures.KeyFigures;
import org.cloture.figures.NetworkFigures;
import org.cloture.ingest.RejectedRow;
import org.cloture.ledger.TrialBalance;
import org.cloture.programme.ComingYear;
import org.cloture.source.Finding;
import org.cloture.statements.Statements;
import org.cloture.statements.annex.Annex;
import org.cloture.statements.evolution.YearSummary;

/**
 * Everything the outputs show, already computed: the renderers format, they never compute.
 *
 * @param previousKeyFigures null when the previous year is not available
 * @param provisional        true while blocking findings remain
 * @param annex              the annexe tables; null when not computed (then no output shows them)
 * @param evolution          one summary per available year up to this one, oldest first
 * @param keyFiguresSeries   the key figures of every available year up to this one, oldest first
 * @param publication        the narrative, logo and AG date of the board report
 * @param network            a federation's network figures ("Le réseau"); null for an association that is
 *                           not a federation
 * @param comingYear         the programme and budget of the coming year, and the year's budget beside its
 *                           accounts; null when not computed
 */
public record ReportModel(String associationName, int year, LocalDate fiscalYearEnd, boolean provisional,
                          KeyFigures keyFigures, KeyFigures previousKeyFigures, Statements statements,
                          TrialBalance trialBalance, List<Finding> findings, List<RejectedRow> rejectedRows,
                          List<FileSummary> files, Annex annex, List<YearSummary> evolution,
                          List<KeyFigures> keyFiguresSeries, Publication publication, NetworkFigures network,
                          ComingYear comingYear) {

    public ReportModel {
        evolution = evolution == null ? List.of() : List.copyOf(evolution);
        keyFiguresSeries = keyFiguresSeries == null ? List.of() : List.copyOf(keyFiguresSeries);
        files = files == null ? List.of() : files;
        publication = publication == null ? Publication.NONE : publication;
    }

    /** A model without the coming year (callers that predate it). */
    public ReportModel(String associationName, int year, LocalDate fiscalYearEnd, boolean provisional,
                       KeyFigures keyFigures, KeyFigures previousKeyFigures, Statements statements,
                       TrialBalance trialBalance, List<Finding> findings, List<RejectedRow> rejectedRows,
                       List<FileSummary> files, Annex annex, List<YearSummary> evolution,
                       List<KeyFigures> keyFiguresSeries, Publication publication, NetworkFigures network) {
        this(associationName, year, fiscalYearEnd, provisional, keyFigures, previousKeyFigures, statements,
                trialBalance, findings, rejectedRows, files, annex, evolution, keyFiguresSeries, publication, network,
                null);
    }

    /** A model without series, narrative, logo nor AG date. */
    public ReportModel(String associationName, int year, LocalDate fiscalYearEnd, boolean provisional,
                       KeyFigures keyFigures, KeyFigures previousKeyFigures, Statements statements,
                       TrialBalance trialBalance, List<Finding> findings, List<RejectedRow> rejectedRows,
                       List<FileSummary> files, Annex annex, List<YearSummary> evolution) {
        this(associationName, year, fiscalYearEnd, provisional, keyFigures, previousKeyFigures, statements,
                trialBalance, findings, rejectedRows, files, annex, evolution, List.of(), Publication.NONE, null, null);
    }

    /** True when a loaded file of the year holds the given source ("MEMBERS", "ACTIVITIES", "VOLUNTEERING", "FEC"). */
    public boolean hasSource(String kind) {
        return files.stream().anyMatch(file -> file.kinds() != null
                && java.util.Arrays.asList(file.kinds().split(",")).contains(kind));
    }

    /** A model of an association that is not a federation. */
    public ReportModel(String associationName, int year, LocalDate fiscalYearEnd, boolean provisional,
                       KeyFigures keyFigures, KeyFigures previousKeyFigures, Statements statements,
                       TrialBalance trialBalance, List<Finding> findings, List<RejectedRow> rejectedRows,
                       List<FileSummary> files, Annex annex, List<YearSummary> evolution,
                       List<KeyFigures> keyFiguresSeries) {
        this(associationName, year, fiscalYearEnd, provisional, keyFigures, previousKeyFigures, statements,
                trialBalance, findings, rejectedRows, files, annex, evolution, keyFiguresSeries, Publication.NONE, null, null);
    }

    /** A model without annexe nor evolution (renderer tests, older callers). */
    public ReportModel(String associationName, int year, LocalDate fiscalYearEnd, boolean provisional,
                       KeyFigures keyFigures, KeyFigures previousKeyFigures, Statements statements,
                       TrialBalance trialBalance, List<Finding> findings, List<RejectedRow> rejectedRows,
                       List<FileSummary> files) {
        this(associationName, year, fiscalYearEnd, provisional, keyFigures, previousKeyFigures, statements,
                trialBalance, findings, rejectedRows, files, null, List.of(), List.of(), Publication.NONE, null, null);
    }

    /** One input file as loaded: for the controls workbook and the console. */
    public record FileSummary(String path, String kinds, int rowsRead, int rowsLoaded, int rowsRejected,
                              String sha256, List<org.cloture.ingest.ReadSummary.RecognisedSheet> sheets) {

        public FileSummary {
            sheets = sheets == null ? List.of() : List.copyOf(sheets);
        }

        public FileSummary(String path, String kinds, int rowsRead, int rowsLoaded, int rowsRejected, String sha256) {
            this(path, kinds, rowsRead, rowsLoaded, rowsRejected, sha256, List.of());
        }
    }
}
