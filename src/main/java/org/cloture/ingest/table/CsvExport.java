package org.cloture.ingest.table;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;

/**
 * How the readers of a platform's or a bank's CSV export open and decode it, in one place: the file is taken when
 * its name is a text table's and one of its first rows ({@link CsvHead}) is the export's header; it is then read
 * whole by {@link CsvTableReader} (encoding, delimiter, BOM), and a file that cannot be read is a finding, never
 * an exception.
 */
public final class CsvExport {

    private CsvExport() {
    }

    /**
     * What {@code recognise} makes of the first of the file's {@code searchRows} rows it recognises, if the file's
     * name ends with one of {@code extensions} (« .csv ») and such a row exists; empty for a file it cannot read.
     */
    public static <T> Optional<T> header(Path file, Set<String> extensions, int searchRows,
                                         Function<RawRow, Optional<T>> recognise) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (extensions.stream().noneMatch(name::endsWith)) {
            return Optional.empty();
        }
        try {
            return CsvHead.rows(file, searchRows).stream().map(recognise).flatMap(Optional::stream).findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Hands the rows of the file to {@code rows}. A file that cannot be decoded at all gives its finding and
     * false (nothing was read); damage met on the way gives a finding and the rows read before it count.
     */
    public static boolean read(Path file, String displayName, Consumer<Finding> findings,
                               Consumer<Iterator<RawRow>> rows) {
        SourceLocation whole = SourceLocation.ofFile(displayName);
        try {
            new CsvTableReader().read(file, displayName, findings, (sheet, sheetRows) -> rows.accept(sheetRows));
        } catch (UnreadableFileException e) {
            findings.accept(Finding.of(e.check(), whole, null, e.getMessage()));
            return false;
        } catch (RuntimeException e) {
            findings.accept(Finding.of(CheckId.FILE_UNREADABLE, whole, null,
                    "le contenu est endommagé (" + e.getClass().getSimpleName() + ")"));
        }
        return true;
    }
}
