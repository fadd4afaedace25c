package org.cloture.yearend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javax.sql.DataSource;
import org.cloture.config.AssociationConfig;
import org.cloture.config.AssociationConfigLoader;
import org.cloture.ingest.DropFolderIngest;
import org.cloture.report.OutputFiles;
import org.cloture.report.PdfRenderer;
import org.cloture.statements.StatementLayouts;
import org.cloture.store.EmbeddedDatabase;
import org.cloture.store.MemberDatabases;
import org.cloture.store.JdbcStagingStore;

/**
 * One partition of a federation's closing: one member association-year, closed as if its folder were
 * closed alone (the same {@link YearEndRun}, stage after stage) into {@code reports/<year>/<member-id>/}.
 * Its rows go to a private in-memory database, emptied at the end for the next member ({@link MemberDatabases}:
 * migrated once per worker), so that any thread or machine can close any member and two closings never share
 * state; its inputs are a {@link MemberInput} view of the drop folder.
 * Outputs are written by key (member, year) through {@code AtomicFiles}: a member closed twice (a worker
 * lost mid-partition, a request redelivered) writes the same bytes in the same place.
 */
public final class MemberClosing {

    private final StatementLayouts layouts;
    private final PdfRenderer pdf;
    private final MemberDatabases databases = new MemberDatabases();

    public MemberClosing(StatementLayouts layouts, PdfRenderer pdf) {
        this.layouts = layouts;
        this.pdf = pdf;
    }

    /**
     * What a member's closing gave: whether blocking findings remain, how many findings, where its outputs
     * are, and the time spent around the stages (view, private database taken and emptied), the
     * fixed cost of a partition that the benchmark reports.
     */
    public record Outcome(String memberId, boolean blocking, int findings, OutputFiles outputs, long overheadNanos) {
    }

    public Outcome close(Path inputRoot, Path reportsRoot, int year, String memberId, YearEndRequest.Mode mode) {
        AssociationConfig federation = AssociationConfigLoader.load(inputRoot).config();
        long started = System.nanoTime();
        Path view = null;
        long[] stages = new long[1];
        try {
            view = MemberInput.prepare(inputRoot, memberId, year, federation,
                    Files.createTempDirectory("cloture-membre-"));
            OutputFiles outputs = OutputFiles.ofMember(reportsRoot, year, memberId);
            YearEndRun run = closeIn(view, new YearEndRequest(year, view, reportsRoot, mode, outputs), stages);
            discard(view);
            view = null;
            return new Outcome(memberId, run.hasBlockingFindings(), run.findings().size(), outputs,
                    System.nanoTime() - started - stages[0]);
        } catch (IOException e) {
            throw new UncheckedIOException("Clôture du membre " + memberId + " impossible", e);
        } finally {
            discard(view);
        }
    }

    private YearEndRun closeIn(Path view, YearEndRequest request, long[] stagesNanos) {
        DataSource database = databases.take();
        long started = System.nanoTime();
        boolean closed = false;
        try {
            JdbcStagingStore store = EmbeddedDatabase.store(database, Clock.systemUTC());
            YearEndRun run = new YearEndRun(request, store, new DropFolderIngest(store.loads()), layouts, pdf);
            run.ingest();
            run.ledger();
            run.statements();
            run.annex();
            run.reconcile();
            run.figures();
            run.network();
            // The member's coming year too (its budget in its JSON, its programme when it has one), as alone.
            run.programme();
            run.report();
            stagesNanos[0] = System.nanoTime() - started;
            closed = true;
            return run;
        } finally {
            if (closed) {
                databases.giveBack(database);
            } else {
                databases.drop(database);
            }
        }
    }

    private static void discard(Path view) {
        if (view != null) {
            try {
                MemberInput.discard(view);
            } catch (IOException e) {
                // A temporary folder of links left behind costs nothing; the member's outputs are written.
            }
        }
    }
}
