package org.cloture.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.cloture.ingest.DropFolderIngest;
import org.cloture.jobs.RunProgress;
import org.cloture.money.FrenchFormat;

/**
 * Prints where a run is, in French, on the error stream so that the summary on the standard output stays
 * the same: one line per stage, one per file read, and a line every {@link #ROWS_PER_LINE} rows written
 * while a large file loads. Unchanged files are not mentioned (most runs read nothing new).
 */
final class ConsoleProgress implements RunProgress {

    static final long ROWS_PER_LINE = 100_000;

    private static final Map<String, String> STAGES = Map.of("ingest", "chargement des fichiers",
            "ledger", "balance", "statements", "états financiers", "annex", "annexe",
            "reconcile", "rapprochements", "figures", "chiffres clés", "report", "rapports",
            "controls", "classeur des contrôles", "programme", "budget et programme de l'année qui vient");

    private final PrintWriter out;
    private long lastRowsLine;

    ConsoleProgress(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void stageStarted(String job, String stage, int number, int count) {
        out.printf("Étape %d/%d : %s%n", number, count, STAGES.getOrDefault(stage, stage));
        out.flush();
    }

    /** Members close on several threads: one whole line each, printed at once. */
    @Override
    public synchronized void memberClosed(int year, String member, boolean blocking, int findings, long millis) {
        out.printf("  membre %s : %s (%d contrôle(s), %s s)%n", member, blocking ? "à corriger" : "clôturé", findings,
                FrenchFormat.decimal(java.math.BigDecimal.valueOf(millis, 3), 1));
        out.flush();
    }

    @Override
    public void fileStarted(int year, String path, long sizeBytes) {
        lastRowsLine = 0;
    }

    @Override
    public void rowsStored(int year, String path, long rows) {
        if (rows - lastRowsLine >= ROWS_PER_LINE) {
            lastRowsLine = rows - rows % ROWS_PER_LINE;
            out.printf("  %d/%s : %s lignes écrites…%n", year, path, FrenchFormat.integer(rows));
            out.flush();
        }
    }

    @Override
    public void fileFinished(int year, String path, DropFolderIngest.Outcome outcome, int rowsRead) {
        if (outcome == DropFolderIngest.Outcome.LOADED) {
            out.printf("  %d/%s : %s ligne(s) lue(s)%n", year, path, FrenchFormat.integer(rowsRead));
        } else {
            out.printf("  %d/%s : mis de côté (voir les contrôles)%n", year, path);
        }
        out.flush();
    }
}
