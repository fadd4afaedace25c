package org.cloture.ingest.table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;

/**
 * Reads one dropped file into the registers it holds, sheet by sheet, handing every record, rejected row
 * and finding to a {@link RegisterSink} as soon as its row is mapped. Never throws for a bad file: every
 * problem becomes a finding, so one broken file cannot stop the year's run.
 */
public final class RegisterReader {

    /**
     * What the year's ingest turns into records: the registers. The coming year's planning and budget sheets
     * are recognised (so that they are not reported as unknown files) and counted, and read by the programme
     * stage, which maps them.
     */
    public static final Set<SourceKind> REGISTERS = EnumSet.of(SourceKind.MEMBERS, SourceKind.ACTIVITIES,
            SourceKind.VOLUNTEERING, SourceKind.BANK_STATEMENT);

    private final Set<SourceKind> mapped;

    public RegisterReader() {
        this(REGISTERS);
    }

    /** @param mapped the kinds whose rows become records; the sheets of the others are only counted */
    public RegisterReader(Set<SourceKind> mapped) {
        this.mapped = Set.copyOf(mapped);
    }

    /**
     * Streams the file into {@code sink}.
     *
     * @param displayName    the name shown in findings (usually the path relative to input/)
     * @param columnProfiles the association's mapping profiles, per kind: user header → field; may be empty
     * @return the recognised sheets, with their counts
     */
    public List<SheetResult> read(Path file, String displayName, Map<SourceKind, Map<String, String>> columnProfiles,
                                  RegisterSink sink) {
        List<SheetResult> sheets = new ArrayList<>();
        SourceLocation whole = SourceLocation.ofFile(displayName);
        Optional<TableReader> reader = readerFor(file);
        if (reader.isEmpty()) {
            sink.finding(Finding.of(CheckId.FILE_UNSUPPORTED, whole, null, extension(file)));
            return sheets;
        }
        if (isZeroBytes(file)) {
            // A file saved while the disk was full, or created empty: nothing to open, say it plainly.
            sink.finding(Finding.of(CheckId.FILE_EMPTY, whole, null));
            return sheets;
        }
        HeaderMatcher matcher = new HeaderMatcher(columnProfiles == null ? Map.of() : columnProfiles);
        FileScope scope = new FileScope(displayName, matcher, sink, mapped);
        try {
            reader.get().read(file, displayName, sink::finding,
                    (sheet, rows) -> scope.readSheet(sheet, rows).ifPresent(sheets::add));
        } catch (UnreadableFileException e) {
            scope.broken = true;
            sink.finding(Finding.of(e.check(), whole, null, e.getMessage()));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // Streaming readers can only fail while iterating, as unchecked exceptions. Rows already handed
            // to the sink stay with the file: the blocking finding tells the user it is incomplete.
            scope.broken = true;
            Optional<RefusedInputException> refused = refusal(e);
            sink.finding(refused.isPresent()
                    ? Finding.of(CheckId.FILE_REFUSED, whole, null, refused.get().getMessage())
                    : Finding.of(CheckId.FILE_UNREADABLE, whole, null,
                            "le contenu est endommagé (" + e.getClass().getSimpleName() + ")"));
        }
        if (sheets.isEmpty() && scope.unrecognised == 0 && !scope.broken) {
            sink.finding(Finding.of(CheckId.FILE_EMPTY, whole, null));
        }
        return sheets;
    }

    /** Reads the whole file into lists: for tests and small files only, it defeats the streaming. */
    public RegisterReadResult read(Path file, String displayName, Map<SourceKind, Map<String, String>> columnProfiles) {
        RegisterReadResult.Collector collector = new RegisterReadResult.Collector();
        List<SheetResult> sheets = read(file, displayName, columnProfiles, collector);
        return collector.result(displayName, sheets);
    }

    /** What the sheets of one file share: the sink, the header matcher and the member ids already met. */
    private static final class FileScope {

        private final String file;
        private final HeaderMatcher matcher;
        private final RegisterSink sink;
        private final Set<SourceKind> mapped;
        private final MemberIds memberIds = new MemberIds();
        private int unrecognised;
        private boolean broken;

        FileScope(String file, HeaderMatcher matcher, RegisterSink sink, Set<SourceKind> mapped) {
            this.file = file;
            this.matcher = matcher;
            this.sink = sink;
            this.mapped = mapped;
        }

        Optional<SheetResult> readSheet(String sheet, Iterator<RawRow> rows) {
            List<RawRow> searched = new ArrayList<>();
            Optional<ColumnMap> columns = Optional.empty();
            while (columns.isEmpty() && searched.size() < HeaderMatcher.MAX_HEADER_ROW_SEARCH && rows.hasNext()) {
                RawRow row = rows.next();
                searched.add(row);
                if (!row.isBlank()) {
                    columns = matcher.match(row);
                }
            }
            if (columns.isEmpty()) {
                if (searched.stream().anyMatch(r -> !r.isBlank())) {
                    unrecognised++;
                    sink.finding(Finding.of(CheckId.FILE_UNRECOGNISED, new SourceLocation(file, sheet, null, null),
                            null, foundHeaders(searched), expectedHeaders()));
                }
                return Optional.empty();
            }
            SheetResult result = process(sheet, columns.get(), searched.subList(0, searched.size() - 1), rows);
            if (result.rowsRead() == 0) {
                sink.finding(Finding.of(CheckId.FILE_EMPTY, new SourceLocation(file, sheet, null, null), null));
            }
            return Optional.of(result);
        }

        private SheetResult process(String sheet, ColumnMap columns, List<RawRow> titleRows, Iterator<RawRow> rows) {
            if (!mapped.contains(columns.kind())) {
                return skim(sheet, columns, rows);
            }
            return switch (columns.kind()) {
                case MEMBERS -> drain(new SheetProcessor<>(file, columns, new MemberRowMapper(memberIds),
                        sink::member, sink), rows, sheet);
                case ACTIVITIES -> drain(new SheetProcessor<>(file, columns, new ActivityRowMapper(),
                        sink::activity, sink), rows, sheet);
                case VOLUNTEERING -> drain(new SheetProcessor<>(file, columns, new VolunteerRowMapper(),
                        sink::volunteerEntry, sink), rows, sheet);
                case BANK_STATEMENT -> bankStatement(sheet, columns, titleRows, rows);
                case PLANNING -> drain(new SheetProcessor<>(file, columns, new PlanningRowMapper(),
                        action -> {
                            if (action != null) {
                                sink.plannedAction(action);
                            }
                        }, sink), rows, sheet);
                case BUDGET -> drain(new SheetProcessor<>(file, columns, new BudgetRowMapper(columns),
                        row -> {
                            if (row != null) {
                                sink.budgetRow(row);
                            }
                        }, sink), rows, sheet);
            };
        }

        /** A sheet another stage reads: its data rows counted, nothing mapped, nothing reported. */
        private static SheetResult skim(String sheet, ColumnMap columns, Iterator<RawRow> rows) {
            int count = 0;
            while (rows.hasNext()) {
                if (!rows.next().isBlank()) {
                    count++;
                }
            }
            return new SheetResult(columns.kind(), sheet, columns.headerRow(), count, count);
        }

        /** The balance and account the title rows state, then the operations (and « Solde » rows) below. */
        private SheetResult bankStatement(String sheet, ColumnMap columns, List<RawRow> titleRows,
                                          Iterator<RawRow> rows) {
            StatementTitle title = StatementTitle.of(titleRows, file);
            title.balances().forEach(sink::statedBalance);
            return drain(new SheetProcessor<>(file, columns, new BankStatementRowMapper(title.accountId()),
                    row -> {
                        if (row.line() != null) {
                            sink.bankLine(row.line());
                        } else {
                            sink.statedBalance(row.balance());
                        }
                    }, sink), rows, sheet);
        }

        private static SheetResult drain(SheetProcessor<?> processor, Iterator<RawRow> rows, String sheet) {
            rows.forEachRemaining(processor::accept);
            return processor.finish(sheet);
        }
    }

    /** The row most likely meant as headers: the one with the most filled cells. */
    private static String foundHeaders(List<RawRow> searched) {
        RawRow best = searched.stream().filter(r -> !r.isBlank())
                .max((a, b) -> Long.compare(filled(a), filled(b))).orElseThrow();
        return best.cells().stream().filter(c -> !c.isBlank()).map(c -> "« " + c.text().strip() + " »")
                .collect(Collectors.joining(", "));
    }

    private static long filled(RawRow row) {
        return row.cells().stream().filter(c -> !c.isBlank()).count();
    }

    private static String expectedHeaders() {
        return Stream.of(SourceKind.values()).map(SourceKind::describeRequired).collect(Collectors.joining(" ; "));
    }

    /** A limit guard deep in a library's read loop can only signal through an IOException: find its verdict. */
    private static Optional<RefusedInputException> refusal(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RefusedInputException refused) {
                return Optional.of(refused);
            }
        }
        return Optional.empty();
    }

    private static boolean isZeroBytes(Path file) {
        try {
            return Files.size(file) == 0;
        } catch (IOException e) {
            return false; // the reader will report it unreadable with its own words
        }
    }

    private static Optional<TableReader> readerFor(Path file) {
        return switch (extension(file)) {
            case ".xlsx", ".xlsm" -> Optional.of(new XlsxTableReader());
            case ".xls" -> Optional.of(new XlsTableReader());
            case ".ods" -> Optional.of(new OdsTableReader());
            case ".csv" -> Optional.of(new CsvTableReader());
            default -> Optional.empty();
        };
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "(sans extension)" : name.substring(dot);
    }
}
