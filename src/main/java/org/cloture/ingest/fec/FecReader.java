package org.cloture.ingest.fec;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.Severity;
import org.cloture.source.SourceLocation;

/**
 * Reads one FEC file (fec.md §2–§5) line by line. Never throws: every problem becomes a finding.
 * Entry and file balance are a separate pass, {@link FecBalanceChecks}, since split files are
 * balanced only once concatenated.
 */
public final class FecReader {

    private static final char BOM = '\uFEFF';

    /** Reads without a fiscal-year check. */
    public FecReadResult read(Path file, String displayName) {
        return read(file, displayName, null, null);
    }

    /**
     * @param yearStart first day of the fiscal year, or null to skip the lower-bound check
     * @param yearEnd   last day of the fiscal year, or null to skip the upper-bound check
     */
    public FecReadResult read(Path file, String displayName, LocalDate yearStart, LocalDate yearEnd) {
        Run run = new Run(file, displayName, yearStart, yearEnd);
        try {
            run.execute();
        } catch (IOException | UncheckedIOException e) {
            run.unreadable("erreur de lecture (" + e.getMessage() + ")");
        } catch (RuntimeException e) {
            // One bad file must not abort the ingest of a whole year: report it like an I/O failure.
            run.unreadable("erreur inattendue (" + e + ")");
        }
        return run.result();
    }

    /** The state of one read; FecReader itself stays stateless and reusable. */
    private static final class Run {
        private final Path file;
        private final String name;
        private final LocalDate yearStart;
        private final LocalDate yearEnd;
        private final List<FecLine> lines = new ArrayList<>();
        private final List<Finding> findings = new ArrayList<>();
        private final List<RejectedLine> rejected = new ArrayList<>();
        private Charset charset = StandardCharsets.UTF_8;
        private char separator = '\t';
        private int rowsRead;

        Run(Path file, String name, LocalDate yearStart, LocalDate yearEnd) {
            this.file = file;
            this.name = name;
            this.yearStart = yearStart;
            this.yearEnd = yearEnd;
        }

        void execute() throws IOException {
            FecEncoding.Detection detection = FecEncoding.detect(file);
            charset = detection.charset();
            if (detection.binary()) {
                unreadable("contenu binaire, ce n'est pas un fichier texte");
                return;
            }
            try (Reader reader = new InputStreamReader(Files.newInputStream(file), charset)) {
                readLines(new PhysicalLineReader(reader));
            }
        }

        private void readLines(PhysicalLineReader reader) throws IOException {
            String headerLine = reader.next();
            while (headerLine != null && stripBom(headerLine).isBlank()) {
                headerLine = reader.next();
            }
            if (headerLine == null) {
                findings.add(Finding.of(CheckId.FILE_EMPTY, SourceLocation.ofFile(name), null));
                return;
            }
            SourceLocation headerAt = SourceLocation.ofRow(name, null, reader.lineNumber());
            FecHeader header = FecHeader.parse(stripBom(headerLine));
            separator = header.separator();
            if (!acceptHeader(header, headerAt, FecLineParser.capped(headerLine))) {
                return;
            }
            FecLineParser parser = new FecLineParser(header, name, yearStart, yearEnd, findings);
            String raw;
            while ((raw = reader.next()) != null) {
                if (raw.isBlank()) {
                    continue;
                }
                String[] fields = FecSplitter.split(raw, separator);
                if (header.isRepeatOf(fields)) {
                    continue;
                }
                rowsRead++;
                FecLineParser.Parsed parsed = parser.parse(raw, fields, reader.lineNumber());
                if (parsed.line() != null) {
                    lines.add(parsed.line());
                } else {
                    SourceLocation at = SourceLocation.ofRow(name, null, reader.lineNumber());
                    rejected.add(new RejectedLine(at, FecLineParser.capped(raw), parsed.rejection()));
                }
            }
            if (rowsRead == 0) {
                findings.add(Finding.of(CheckId.FILE_EMPTY, SourceLocation.ofFile(name), null));
            }
        }

        /** Missing essential columns stop the read; other missing columns are read as empty. */
        private boolean acceptHeader(FecHeader header, SourceLocation at, String raw) {
            List<String> essential = header.missingEssential();
            if (!essential.isEmpty()) {
                findings.add(Finding.of(CheckId.FEC_HEADER_INVALID, at, raw, String.join(", ", essential)));
                return false;
            }
            List<String> others = header.missingOthers();
            if (!others.isEmpty()) {
                CheckId check = CheckId.FEC_HEADER_INVALID;
                findings.add(new Finding(check, Severity.WARNING, check.message(String.join(", ", others)),
                        check.hint(), at, raw));
            }
            return true;
        }

        void unreadable(String reason) {
            findings.add(Finding.of(CheckId.FILE_UNREADABLE, SourceLocation.ofFile(name), null, reason));
        }

        FecReadResult result() {
            return new FecReadResult(lines, findings, rowsRead, rejected.size(), charset, separator, rejected);
        }

        private static String stripBom(String line) {
            return !line.isEmpty() && line.charAt(0) == BOM ? line.substring(1) : line;
        }
    }
}
