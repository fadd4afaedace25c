package org.cloture.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.cloture.config.AssociationConfig;
import org.cloture.ingest.fec.FecFileName;
import org.cloture.ingest.fec.FecReadSummary;
import org.cloture.ingest.fec.FecReader;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;

/**
 * The accounting export (FEC) of a year folder, streamed line by line into the store. Entry and file
 * balances are checked by the ledger stage over all the year's lines, so that the parts of a split FEC
 * ({@code <SIREN>FEC<date>_1.txt}, {@code _2}…) are checked together: each part is a file of the folder,
 * fingerprinted and loaded on its own; a part without a header line is read with the header of part 1.
 */
public final class FecFileReader implements SourceFileReader {

    private final FecReader reader = new FecReader();

    @Override
    public boolean accepts(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean text = name.endsWith(".txt") || name.endsWith(".csv") || name.endsWith(".tsv");
        return text && (FecFileName.parse(file).isPresent() || FecFileName.looksLikeFec(file));
    }

    @Override
    public ReadSummary read(Path file, String displayName, int year, AssociationConfig config, RowSink sink) {
        LocalDate yearStart = config.fiscalYearStartOf(year);
        LocalDate yearEnd = config.fiscalYearEndOf(year);
        Optional<FecFileName> name = FecFileName.parse(file);
        FecReader.Part part = name.filter(n -> n.part() > 0)
                .map(n -> new FecReader.Part(n.part(), n.part() == 1 ? null : firstPartOf(file, n).orElse(null)))
                .orElse(null);
        FecReadSummary summary = reader.readPart(file, displayName, part, yearStart, yearEnd, new FecLinesToSink(sink));
        name.filter(n -> n.closingDate() != null && !n.closingDate().equals(yearEnd))
                .ifPresent(n -> sink.finding(Finding.of(CheckId.FEC_YEAR_MISMATCH, SourceLocation.ofFile(displayName),
                        displayName, n.closingDate(), year)));
        return new ReadSummary(Set.of(ReadSummary.SourceKind.FEC), summary.rowsRead());
    }

    /** The {@code _1} sibling of a part: same SIREN and closing date, any case of the name. */
    static Optional<Path> firstPartOf(Path file, FecFileName name) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null) {
            return Optional.empty();
        }
        try (Stream<Path> siblings = Files.list(folder)) {
            // Never a link nor a special file: the drop folder reads only what was dropped in it.
            return siblings.filter(sibling -> Files.isRegularFile(sibling, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .filter(sibling -> FecFileName.parse(sibling)
                            .filter(other -> other.part() == 1 && other.siren().equals(name.siren())
                                    && other.closingDate().equals(name.closingDate()))
                            .isPresent())
                    .sorted()
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
