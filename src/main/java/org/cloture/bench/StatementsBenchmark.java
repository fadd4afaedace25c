package org.cloture.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.cloture.ingest.DropFolderIngest;
import org.cloture.ledger.LedgerLine;
import org.cloture.report.hledger.HledgerJournal;
import org.cloture.statements.StatementLayouts;
import org.cloture.statements.Statements;
import org.cloture.statements.annex.Annex;
import org.cloture.store.EmbeddedDatabase;
import org.cloture.store.JdbcStagingStore;
import org.cloture.store.LedgerQueries;
import org.cloture.store.LoadedFileQueries;
import org.cloture.yearend.YearEndRequest;
import org.cloture.yearend.YearEndRun;

/**
 * The statements end to end on a generated year, in this JVM: load the FEC into a fresh database, then
 * the trial balance, the statements and the annexe as the year-end stages compute them (lines streamed
 * from the database, twice: ledger stage, annexe stage). Also writes the hledger journal of the same
 * ledger, untimed, for the parent to time {@code hledger balance} on it.
 */
public final class StatementsBenchmark {

    /** Seconds per phase; the parent prints them and the total. */
    public record Measure(long lines, double loadSeconds, double statementsSeconds, long peakHeapMb, long maxHeapMb,
                          String journal, String check) {

        public double totalSeconds() {
            return loadSeconds + statementsSeconds;
        }

        public String toLine() {
            return String.join(";", Long.toString(lines), String.format(Locale.ROOT, "%.3f", loadSeconds),
                    String.format(Locale.ROOT, "%.3f", statementsSeconds), Long.toString(peakHeapMb),
                    Long.toString(maxHeapMb), journal, check);
        }

        public static Measure parse(String line) {
            String[] parts = line.split(";", -1);
            return new Measure(Long.parseLong(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2]),
                    Long.parseLong(parts[3]), Long.parseLong(parts[4]), parts[5], parts[6]);
        }
    }

    private static final int YEAR = 2023;

    private StatementsBenchmark() {
    }

    public static Measure run(int lines, Path work) throws IOException {
        Path year = Files.createDirectories(work.resolve("input").resolve(Integer.toString(YEAR)));
        SyntheticInputs.ledgerFec(year.resolve("123456789FEC20231231.txt"), lines);
        Files.writeString(work.resolve("input").resolve("association.yml"), "name: \"Benchmark\"\n");
        DataSource dataSource = EmbeddedDatabase.open("jdbc:hsqldb:file:" + work.resolve("db/cloture"));
        JdbcStagingStore store = EmbeddedDatabase.store(dataSource, Clock.systemUTC());
        // The stages of a real run, through the same object: what is timed is what the treasurer waits for.
        YearEndRun run = new YearEndRun(new YearEndRequest(YEAR, work.resolve("input"), work.resolve("reports"),
                YearEndRequest.Mode.RUN), store, new DropFolderIngest(store.loads()),
                StatementLayouts.standard(), model -> new byte[0]);
        System.gc();
        IngestBenchmark.resetPeaks();
        long started = System.nanoTime();
        run.ingest();
        double load = (System.nanoTime() - started) / 1e9;

        started = System.nanoTime();
        run.ledger();
        run.statements();
        run.annex();
        double compute = (System.nanoTime() - started) / 1e9;
        long peak = IngestBenchmark.peakHeapMb();
        Statements statements = run.computedStatements();
        Annex annex = run.computedAnnex();

        long loaded = store.files().loadedFiles(YEAR).stream().mapToLong(LoadedFileQueries.LoadedFile::rowsLoaded).sum();
        String check = "bilan " + statements.balanceSheet().totalAssets().toPlainString() + " / "
                + statements.balanceSheet().totalLiabilities().toPlainString() + ", créances "
                + annex.receivables().rows().size() + " lignes, dettes " + annex.debts().rows().size() + " lignes";
        Path journal = work.resolve("ledger.journal");
        writeJournal(store.ledger(), journal);
        return new Measure(loaded, load, compute, peak, Runtime.getRuntime().maxMemory() / (1024 * 1024),
                journal.toString(), check);
    }

    /**
     * The hledger journal, one entry at a time: lines come in file order, where an entry's lines are
     * contiguous, so the heap holds one entry and never the year.
     */
    private static void writeJournal(LedgerQueries ledger, Path journal) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(journal, StandardCharsets.UTF_8)) {
            List<LedgerLine> entry = new ArrayList<>();
            ledger.forEachLedgerLine(YEAR, line -> {
                if (!entry.isEmpty() && !(entry.get(0).journalCode().equals(line.journalCode())
                        && entry.get(0).entryNum().equals(line.entryNum()))) {
                    flush(entry, out);
                }
                entry.add(line);
            });
            flush(entry, out);
        }
    }

    private static void flush(List<LedgerLine> entry, BufferedWriter out) {
        try {
            HledgerJournal.write(entry, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        entry.clear();
    }
}
