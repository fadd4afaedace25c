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

import org.cloture.ingest.cells.MemberKindParser;
import org.cloture.ingest.header.HeaderWords;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;

/**
 * Reads one dropped file into the registers it holds, sheet by sheet, handing every record, rejected row
 * and finding to a {@link RegisterSink} as soon as its row is mapped. Never throws for a bad file: every
 * problem becomes a finding, so one broken file cannot stop the year's run.
 */
public final class RegisterReader {

    /** Rows looked at to tell whether a « type » column holds members' kinds. */
    private static final int KIND_SAMPLE_ROWS = 30;

    /**
     * What the year's ingest turns into records: the registers. The coming year's planning and budget sheets
     * are recognised (so that they are not reported as unknown files) and counted, and read by the programme
     * stage, which maps them.
     */
    public static final Set<SourceKind> REGISTERS = EnumSet.of(SourceKind.MEMBERS, SourceKind.ACTIVITIES,
            SourceKind.VOLUNTEERING, SourceKind.BANK_STATEMENT);

    private final Set<SourceKind> mapped;
    private final Integer folderYear;

    public RegisterReader() {
        this(REGISTERS);
    }

    /** @param mapped the kinds whose rows become records; the sheets of the others are only counted */
    public RegisterReader(Set<SourceKind> mapped) {
        this(mapped, null);
    }

    /**
     * @param mapped     the kinds whose rows become records; the sheets of the others are only counted
     * @param folderYear the year of the folder the files lie in (a budget amount column that names no year, under
     *                   a title that names none either, is that year's); null when unknown
     */
    public RegisterReader(Set<SourceKind> mapped, Integer folderYear) {
        this.mapped = Set.copyOf(mapped);
        this.folderYear = folderYear;
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
        HeaderMatcher matcher = new HeaderMatcher(columnProfiles == null ? Map.of() : columnProfiles, folderYear);
        FileScope scope = new FileScope(displayName, matcher, sink, mapped, folderYear);
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
        private final Integer folderYear;
        private int unrecognised;
        private boolean broken;

        FileScope(String file, HeaderMatcher matcher, RegisterSink sink, Set<SourceKind> mapped, Integer folderYear) {
            this.file = file;
            this.matcher = matcher;
            this.sink = sink;
            this.mapped = mapped;
            this.folderYear = folderYear;
        }

        Optional<SheetResult> readSheet(String sheet, Iterator<RawRow> rows) {
            List<RawRow> searched = new ArrayList<>();
            Optional<ColumnMap> columns = Optional.empty();
            NearMiss nearest = null;
            while (columns.isEmpty() && searched.size() < HeaderMatcher.MAX_HEADER_ROW_SEARCH && rows.hasNext()) {
                RawRow row = rows.next();
                Integer titleYear = BudgetYearColumns.titleYear(searched);
                Integer contextYear = titleYear != null ? titleYear : folderYear;
                searched.add(row);
                Optional<int[]> sides = row.isBlank() ? Optional.empty() : SideBySideBudget.headerColumns(row);
                if (sides.isPresent()) {
                    List<RawRow> below = new ArrayList<>();
                    while (rows.hasNext() && below.size() < 2_000) {
                        below.add(rows.next());
                    }
                    Optional<SheetResult> sideBySide = sideBySide(sheet, row, sides.get(), below, contextYear);
                    if (sideBySide.isPresent()) {
                        return sideBySide;
                    }
                    rows = Rows.concat(below, rows);
                }
                if (!row.isBlank()) {
                    List<ColumnMap> candidates = matcher.candidates(row, contextYear);
                    columns = candidates.stream().filter(ColumnMap::hasAllRequired).findFirst();
                    if (columns.isEmpty()) {
                        nearest = NearMiss.closer(nearest, candidates);
                    }
                }
            }
            if (columns.isEmpty()) {
                return headerless(sheet, searched, rows, nearest);
            }
            SheetResult result = process(sheet, columns.get(), searched.subList(0, searched.size() - 1), rows);
            if (result.rowsRead() == 0) {
                sink.finding(Finding.of(CheckId.FILE_EMPTY, new SourceLocation(file, sheet, null, null), null));
            }
            return Optional.of(result);
        }

        /**
         * A CERFA-like budget, charges and produits side by side: read whole (such a sheet is short), both sides
         * into budget rows when budgets are mapped here, only counted otherwise. Empty when no amount column or
         * no year can be found for a side: then the rows go on being searched for a header as usual.
         */
        private Optional<SheetResult> sideBySide(String sheet, RawRow header, int[] columns, List<RawRow> below,
                                                 Integer contextYear) {
            Optional<SideBySideBudget.Layout> layout = SideBySideBudget.layout(header, columns, below, contextYear);
            if (layout.isEmpty()) {
                return Optional.empty();
            }
            List<ColumnMap.Mapping> mappings = new ArrayList<>();
            mappings.add(new ColumnMap.Mapping(header.cell(columns[0]).text().strip(), "charges"));
            mappings.add(new ColumnMap.Mapping(header.cell(columns[1]).text().strip(), "produits"));
            if (!mapped.contains(SourceKind.BUDGET)) {
                int count = (int) below.stream().filter(r -> !r.isBlank()).count();
                return Optional.of(new SheetResult(SourceKind.BUDGET, sheet, header.rowNumber(), count, count, mappings));
            }
            int read = SideBySideBudget.read(layout.get(), below, file, sink::budgetRow, sink::finding);
            return Optional.of(new SheetResult(SourceKind.BUDGET, sheet, header.rowNumber(), read, read, mappings));
        }

        /**
         * No row reads as headers: a known export saved without its header row is read by the content of its
         * columns; otherwise the finding says what is missing — the header row, one column, or everything.
         */
        private Optional<SheetResult> headerless(String sheet, List<RawRow> searched, Iterator<RawRow> rows,
                                                 NearMiss nearest) {
            Optional<RawRow> first = searched.stream().filter(r -> !r.isBlank()).findFirst();
            if (first.isEmpty()) {
                return Optional.empty();
            }
            SourceLocation where = new SourceLocation(file, sheet, null, null);
            Optional<HeaderlessLayouts.Layout> layout = HeaderlessLayouts.matching(searched);
            Optional<ColumnMap> byContent = layout.flatMap(l -> matcher.match(HeaderlessLayouts.headerRow(l, sheet)));
            if (byContent.isPresent()) {
                sink.finding(Finding.of(CheckId.FILE_READ_BY_CONTENT, where, null, layout.get().name()));
                return Optional.of(process(sheet, byContent.get(), List.<RawRow>of(), Rows.concat(searched, rows)));
            }
            unrecognised++;
            if (HeaderlessLayouts.looksLikeData(first.get())) {
                sink.finding(Finding.of(CheckId.FILE_HEADER_MISSING, SourceLocation.ofRow(file, sheet, first.get().rowNumber()), null,
                        first.get().cells().stream().filter(c -> !c.isBlank()).limit(4)
                                .map(c -> "« " + c.text().strip() + " »").collect(Collectors.joining(", "))));
            } else if (nearest != null) {
                sink.finding(nearest.finding(matcher, where));
            } else {
                sink.finding(Finding.of(CheckId.FILE_UNRECOGNISED, where, null, foundHeaders(searched),
                        expectedHeaders()));
            }
            return Optional.empty();
        }

        private SheetResult process(String sheet, ColumnMap columns, List<RawRow> titleRows, Iterator<RawRow> rows) {
            if (!mapped.contains(columns.kind())) {
                return skim(sheet, columns, rows);
            }
            return switch (columns.kind()) {
                case MEMBERS -> members(sheet, columns, rows);
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

        /**
         * A register without a « type » column, or with one whose values are not kinds (Paheko's « Catégorie »
         * says « Membres actifs »), has each member's kind inferred; the first rows tell which.
         */
        private SheetResult members(String sheet, ColumnMap columns, Iterator<RawRow> rows) {
            List<RawRow> sample = new ArrayList<>();
            Iterator<RawRow> rest = rows;
            try {
                while (sample.size() < KIND_SAMPLE_ROWS && rows.hasNext()) {
                    sample.add(rows.next());
                }
            } catch (RuntimeException failure) {
                // The rows read before a refused one are still loaded: the failure comes after them, as it would have.
                rest = Rows.failing(failure);
            }
            ColumnMap used = columns;
            String reason = null;
            if (!columns.has("kind")) {
                reason = " faute de colonne « type »";
            } else if (!matcher.isProfileColumn(SourceKind.MEMBERS, columns.header("kind"))) {
                List<String> values = sample.stream().map(r -> r.cell(columns.column("kind")))
                        .filter(c -> !c.isBlank()).map(c -> c.text().strip()).toList();
                long kinds = values.stream().filter(v -> MemberKindParser.parse(v).isPresent()).count();
                if (values.isEmpty() || kinds * 2 < values.size()) {
                    reason = " : la colonne « " + columns.header("kind") + " » ne le dit pas"
                            + values.stream().distinct().limit(3).map(v -> "« " + v + " »")
                                    .collect(Collectors.joining(", ", values.isEmpty() ? "" : " (", values.isEmpty() ? "" : ")"));
                    used = columns.without("kind");
                }
            }
            boolean surnameFirst = !used.has("fullName") || surnameFirst(used.header("fullName"));
            return drain(new SheetProcessor<>(file, used, new MemberRowMapper(memberIds, reason, surnameFirst),
                    sink::member, sink), Rows.concat(sample, rest), sheet);
        }

        /** « Nom & prénom » (Paheko) writes the surname first, « Prénom Nom » the first name. */
        private static boolean surnameFirst(String header) {
            List<String> words = HeaderWords.of(header).words();
            int firstName = words.indexOf("prenom");
            int name = words.indexOf("nom");
            return firstName < 0 || name < 0 || name < firstName;
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
