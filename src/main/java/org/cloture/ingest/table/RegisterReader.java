package org.cloture.ingest.table;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.cloture.source.CheckId;
import org.cloture.source.Findings;
import org.cloture.source.SourceLocation;

/**
 * Reads one dropped file into the registers it holds, sheet by sheet. Never throws for a bad file:
 * every problem becomes a finding, so one broken file cannot stop the year's run.
 */
public final class RegisterReader {

    /**
     * @param displayName    the name shown in findings (usually the path relative to input/)
     * @param columnProfiles the association's mapping profiles, per kind: user header → field; may be empty
     */
    public RegisterReadResult read(Path file, String displayName, Map<SourceKind, Map<String, String>> columnProfiles) {
        Findings fileFindings = new Findings();
        List<SheetResult<?>> sheets = new ArrayList<>();
        Optional<TableReader> reader = readerFor(file);
        if (reader.isEmpty()) {
            fileFindings.add(CheckId.FILE_UNSUPPORTED, SourceLocation.ofFile(displayName), null, extension(file));
            return new RegisterReadResult(displayName, sheets, fileFindings.asList());
        }
        HeaderMatcher matcher = new HeaderMatcher(columnProfiles == null ? Map.of() : columnProfiles);
        int unrecognised = 0;
        try {
            List<Boolean> recognised = new ArrayList<>();
            reader.get().read(file, displayName, fileFindings,
                    (sheet, rows) -> readSheet(displayName, sheet, rows, matcher, fileFindings, recognised)
                            .ifPresent(sheets::add));
            unrecognised = (int) recognised.stream().filter(r -> !r).count();
        } catch (UnreadableFileException e) {
            fileFindings.add(CheckId.FILE_UNREADABLE, SourceLocation.ofFile(displayName), null, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // Streaming readers can only fail while iterating, as unchecked exceptions.
            fileFindings.add(CheckId.FILE_UNREADABLE, SourceLocation.ofFile(displayName), null,
                    "le contenu est endommagé (" + e.getClass().getSimpleName() + ")");
        }
        if (sheets.isEmpty() && unrecognised == 0 && fileFindings.asList().stream()
                .noneMatch(f -> f.check() == CheckId.FILE_UNREADABLE)) {
            fileFindings.add(CheckId.FILE_EMPTY, SourceLocation.ofFile(displayName), null);
        }
        return new RegisterReadResult(displayName, sheets, fileFindings.asList());
    }

    private static Optional<SheetResult<?>> readSheet(String file, String sheet, Iterator<RawRow> rows,
                                                       HeaderMatcher matcher, Findings fileFindings,
                                                       List<Boolean> recognised) {
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
                recognised.add(false);
                fileFindings.add(CheckId.FILE_UNRECOGNISED, new SourceLocation(file, sheet, null, null), null,
                        foundHeaders(searched), expectedHeaders());
            }
            return Optional.empty();
        }
        recognised.add(true);
        SheetResult<?> result = process(file, sheet, columns.get(), rows);
        if (result.rowsRead() == 0) {
            fileFindings.add(CheckId.FILE_EMPTY, new SourceLocation(file, sheet, null, null), null);
        }
        return Optional.of(result);
    }

    private static SheetResult<?> process(String file, String sheet, ColumnMap columns, Iterator<RawRow> rows) {
        return switch (columns.kind()) {
            case MEMBERS -> drain(new SheetProcessor<>(file, columns, new MemberRowMapper()), rows, sheet);
            case ACTIVITIES -> drain(new SheetProcessor<>(file, columns, new ActivityRowMapper()), rows, sheet);
            case VOLUNTEERING -> drain(new SheetProcessor<>(file, columns, new VolunteerRowMapper()), rows, sheet);
        };
    }

    private static <T> SheetResult<T> drain(SheetProcessor<T> processor, Iterator<RawRow> rows, String sheet) {
        rows.forEachRemaining(processor::accept);
        return processor.finish(sheet);
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

    private static Optional<TableReader> readerFor(Path file) {
        return switch (extension(file)) {
            case ".xlsx", ".xlsm" -> Optional.of(new XlsxTableReader());
            case ".csv" -> Optional.of(new CsvTableReader());
            // .xls and .ods are accepted by the contract but not read yet: reported as unsupported.
            default -> Optional.empty();
        };
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "(sans extension)" : name.substring(dot);
    }
}
