package org.cloture.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cloture.config.AssociationConfig;
import org.cloture.ingest.fec.FecBalanceChecks;
import org.cloture.ingest.fec.FecFileName;
import org.cloture.ingest.fec.FecReadResult;
import org.cloture.ingest.fec.FecReader;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;

/** The accounting export (FEC) of a year folder: read, checked line by line and entry by entry. */
public final class FecFileReader implements SourceFileReader {

    private final FecReader reader = new FecReader();

    @Override
    public boolean accepts(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean text = name.endsWith(".txt") || name.endsWith(".csv") || name.endsWith(".tsv");
        return text && (FecFileName.parse(file).isPresent() || FecFileName.looksLikeFec(file));
    }

    @Override
    public FileContent read(Path file, String displayName, int year, AssociationConfig config) {
        FecReadResult result = reader.read(file, displayName, config.fiscalYearStartOf(year), config.fiscalYearEndOf(year));
        List<Finding> findings = new ArrayList<>(result.findings());
        findings.addAll(FecBalanceChecks.check(result.lines()));
        FecFileName.parse(file).filter(name -> name.closingDate() != null
                        && !name.closingDate().equals(config.fiscalYearEndOf(year)))
                .ifPresent(name -> findings.add(Finding.of(CheckId.FEC_YEAR_MISMATCH, SourceLocation.ofFile(displayName),
                        displayName, name.closingDate(), year)));
        List<RejectedRow> rejected = result.rejected().stream()
                .map(line -> new RejectedRow(line.location(), line.rawText(), line.reason())).toList();
        return new FileContent(Set.of(FileContent.SourceKindName.FEC), result.rowsRead(), result.lines(),
                List.of(), List.of(), List.of(), rejected, findings);
    }
}
