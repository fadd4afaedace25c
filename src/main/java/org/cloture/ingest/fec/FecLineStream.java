package org.cloture.ingest.fec;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.cloture.source.CheckGuard;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.Severity;
import org.cloture.source.SourceLocation;

/**
 * The data rows of one FEC table — a text file, one part of a split export, or a sheet of a workbook —
 * turned into lines as they come: the line checks of {@link FecLineParser}, then the checks that need
 * the previous lines (dates within an entry, chronology, numbering, closing entries). Keeps counters and
 * the state of the current entry only, never the lines read.
 */
public final class FecLineStream {

    /** Checks a badly sorted or systematically odd export can raise on every line: capped per file. */
    private static final Set<CheckId> CAPPED = EnumSet.of(CheckId.FEC_VALID_DATE_ORDER,
            CheckId.FEC_ENTRY_DATES_DIFFER, CheckId.FEC_CURRENCY_INCOMPLETE, CheckId.FEC_NUMBERING_GAP);

    private final FecHeader header;
    private final String file;
    private final String sheet;
    private final CountingConsumer out;
    private final FindingBudget budget;
    private final Consumer<Finding> findings;
    private final FecLineParser parser;
    private final EntryDateChecks dateChecks;
    private final EntryNumberGaps numbering = new EntryNumberGaps();
    private final ClosingEntryFilter closing;
    private final CheckGuard.FailureInjection injection = CheckGuard.FailureInjection.fromSystemProperty();
    private int rowsRead;
    /**
     * The findings of the line being prepared (parser, date checks); touched only by the thread that calls
     * {@link #prepare}.
     */
    private List<Finding> parsing = new ArrayList<>(0);

    /**
     * A data row parsed but not yet accepted: the line or its rejection, with the parser's findings, or the
     * failure of the code on it. Neither parsed nor failed means a repeated header, which is skipped.
     */
    record Prepared(String raw, int rowNumber, FecLineParser.Parsed parsed, List<Finding> findings,
                    Throwable failure) {
    }

    FecLineStream(FecHeader header, String file, String sheet, LocalDate yearStart, LocalDate yearEnd,
                  boolean wholeFile, FecLineConsumer consumer) {
        this.header = header;
        this.file = file;
        this.sheet = sheet;
        this.out = consumer instanceof CountingConsumer counting ? counting : new CountingConsumer(consumer);
        this.budget = new FindingBudget(out, file);
        this.findings = finding -> {
            if (CAPPED.contains(finding.check())) {
                budget.add(finding);
            } else {
                out.finding(finding);
            }
        };
        // The parser's findings wait with their line (parsing may run on another thread, see prepare), then go
        // through the same budget, in the same order, when the line is accepted.
        this.parser = new FecLineParser(header, file, sheet, yearStart, yearEnd, finding -> parsing.add(finding));
        this.dateChecks = new EntryDateChecks(finding -> parsing.add(finding), header.nameOf(FecColumn.ENTRY_DATE),
                header.nameOf(FecColumn.VALID_DATE));
        this.closing = new ClosingEntryFilter(out, file, wholeFile);
    }

    /**
     * A stream over a sheet whose header row holds {@code headerNames}; empty when those are not the
     * columns of a FEC (the essential ones missing), after reporting why at {@code headerAt}.
     */
    public static java.util.Optional<FecLineStream> forSheet(List<String> headerNames, SourceLocation headerAt,
            LocalDate yearStart, LocalDate yearEnd, FecLineConsumer consumer) {
        FecHeader header = FecHeader.of(headerNames);
        CountingConsumer counting = new CountingConsumer(consumer);
        if (!acceptHeader(header, headerAt, String.join(" | ", headerNames), counting::finding)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new FecLineStream(header, headerAt.file(), headerAt.sheet(), yearStart, yearEnd,
                true, counting));
    }

    /** Whether these header cells are those of a FEC (JournalCode, CompteNum… whatever the case and accents). */
    public static boolean isFecHeader(List<String> headerNames) {
        FecHeader header = FecHeader.of(headerNames);
        return header.has(FecColumn.JOURNAL_CODE) && header.has(FecColumn.ACCOUNT_NUM)
                && header.missingEssential().isEmpty();
    }

    /** Missing essential columns stop the read; other missing columns are read as empty, with one warning. */
    static boolean acceptHeader(FecHeader header, SourceLocation at, String raw, Consumer<Finding> findings) {
        List<String> essential = header.missingEssential();
        if (!essential.isEmpty()) {
            findings.accept(Finding.of(CheckId.FEC_HEADER_INVALID, at, raw, String.join(", ", essential)));
            return false;
        }
        List<String> others = header.missingOthers();
        if (!others.isEmpty()) {
            CheckId check = CheckId.FEC_HEADER_INVALID;
            findings.accept(new Finding(check, Severity.WARNING, check.message(String.join(", ", others)),
                    check.hint(), at, raw));
        }
        return true;
    }

    /**
     * One data row. {@code raw} is the text kept for a rejected line; {@code fields} the values in
     * header order. A repeated header (parts concatenated by hand) is skipped and not counted.
     */
    public void row(String raw, String[] fields, int rowNumber) {
        accept(prepare(raw, fields, rowNumber));
    }

    /**
     * The first half of {@link #row}: the line parsed and checked alone, then the date and numbering checks,
     * which need only the lines parsed before it. A reader may run it on another thread than {@link #accept},
     * rows in file order. A failure of the code on this line is kept with the row, for {@link #accept}.
     */
    Prepared prepare(String raw, String[] fields, int rowNumber) {
        if (header.isRepeatOf(fields)) {
            return new Prepared(raw, rowNumber, null, List.of(), null);
        }
        FecLineParser.Parsed parsed = null;
        Throwable failure = null;
        try {
            if (injection != CheckGuard.FailureInjection.NONE) {
                injection.before("ingest", "fec-line-" + rowNumber);
            }
            parsed = parser.parse(raw, fields, rowNumber);
            if (parsed.line() != null) {
                // These checks look at the lines before, but only at lines as parsed: they run on the parsing
                // side, their findings waiting with the line like the parser's.
                dateChecks.accept(parsed.line());
                numbering.accept(parsed.line());
            }
        } catch (RuntimeException | StackOverflowError e) {
            failure = e;
        }
        List<Finding> found = parsing.isEmpty() ? List.of() : parsing;
        if (!parsing.isEmpty()) {
            parsing = new ArrayList<>(0);
        }
        return new Prepared(raw, rowNumber, parsed, found, failure);
    }

    /**
     * The second half of {@link #row}, in file order: the findings of the first half, then the closing-entry
     * filter and the consumer.
     */
    void accept(Prepared row) {
        if (row.parsed() == null && row.failure() == null) {
            return;
        }
        rowsRead++;
        row.findings().forEach(findings);
        if (row.failure() != null) {
            failed(row, row.failure());
            return;
        }
        try {
            FecLineParser.Parsed parsed = row.parsed();
            if (parsed.line() == null) {
                out.rejected(new RejectedLine(SourceLocation.ofRow(file, sheet, row.rowNumber()),
                        FecLineParser.capped(row.raw()), parsed.rejection()));
                return;
            }
            closing.accept(parsed.line(), row.raw());
        } catch (RuntimeException | StackOverflowError e) {
            failed(row, e);
        }
    }

    /** One line the code cannot handle costs that line, not the file's other lines. */
    private void failed(Prepared row, Throwable e) {
        SourceLocation at = SourceLocation.ofRow(file, sheet, row.rowNumber());
        out.rejected(new RejectedLine(at, FecLineParser.capped(row.raw()), "erreur inattendue sur cette ligne"));
        out.finding(CheckGuard.failure("ingest", "fec-line", "Lecture de cette ligne du FEC", at, e));
    }

    /** Ends the table: releases the last entry and reports what needs all the rows. */
    public void finish() {
        closing.finish();
        numbering.finish(findings, file, sheet, header.nameOf(FecColumn.ENTRY_NUM));
        budget.finish();
        if (rowsRead == 0) {
            out.finding(Finding.of(CheckId.FILE_EMPTY, sheet == null ? SourceLocation.ofFile(file)
                    : new SourceLocation(file, sheet, null, null), null));
        }
    }

    char separator() {
        return header.separator();
    }

    public int rowsRead() {
        return rowsRead;
    }

    public int rowsLoaded() {
        return out.lines();
    }

    public int rowsRejected() {
        return out.rejected();
    }

    int findingCount() {
        return out.findings();
    }

    boolean blocking() {
        return out.blocking();
    }
}
