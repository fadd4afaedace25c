package org.cloture.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.cloture.config.AssociationConfig;
import org.cloture.ingest.fec.FecFileName;
import org.cloture.ingest.fec.FecReadResult;
import org.cloture.ingest.fec.FecReader;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;

/**
 * The accounting export (FEC) of a year folder, read line by line. Entry and file balances are checked
 * by the ledger stage over all the year's lines, so that the parts of a split FEC are checked together.
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
        FecReadResult result = reader.read(file, displayName, config.fiscalYearStartOf(year), config.fiscalYearEndOf(year));
        result.findings().forEach(sink::finding);
        result.lines().forEach(sink::fecLine);
        result.rejected().forEach(line -> sink.rejected(new RejectedRow(line.location(), line.rawText(), line.reason())));
        FecFileName.parse(file).filter(name -> name.closingDate() != null
                        && !name.closingDate().equals(config.fiscalYearEndOf(year)))
                .ifPresent(name -> sink.finding(Finding.of(CheckId.FEC_YEAR_MISMATCH, SourceLocation.ofFile(displayName),
                        displayName, name.closingDate(), year)));
        return new ReadSummary(Set.of(ReadSummary.SourceKind.FEC), result.rowsRead());
    }
}
