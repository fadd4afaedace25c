package org.cloture.ingest.fec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;

/**
 * Reads one FEC file (fec.md §2–§5) line by line, handing each line, rejected line and finding to a
 * {@link FecLineConsumer} as it goes: a file of any size is read in bounded memory. Never throws: every
 * problem becomes a finding. Entry and file balance are checked over all the year's lines later
 * (the ledger stage in SQL, or {@link FecBalanceChecks}), since split files balance only together.
 */
public final class FecReader {

    private static final char BOM = '\uFEFF';
    /** A header line longer than this is not a header: bounds what is read of a part 1 for its header. */
    private static final int MAX_HEADER_BYTES = 64 * 1024;

    /**
     * One part of a split export ({@code <SIREN>FEC<date>_n.txt}).
     *
     * @param number    the {@code _n} suffix
     * @param firstPart the {@code _1} file, whose header a part without its own header line uses; null if absent
     */
    public record Part(int number, Path firstPart) {
    }

    /** Reads without a fiscal-year check, collecting everything: for tests and small files. */
    public FecReadResult read(Path file, String displayName) {
        return read(file, displayName, null, null);
    }

    /** Collects everything the streaming read hands out; for tests and small files only. */
    public FecReadResult read(Path file, String displayName, LocalDate yearStart, LocalDate yearEnd) {
        Collector collector = new Collector();
        FecReadSummary summary = read(file, displayName, yearStart, yearEnd, collector);
        return new FecReadResult(collector.lines, collector.findings, summary.rowsRead(), summary.rowsRejected(),
                summary.charset(), summary.separator(), collector.rejected);
    }

    /**
     * Streams a whole FEC.
     *
     * @param yearStart first day of the fiscal year, or null to skip the lower-bound check
     * @param yearEnd   last day of the fiscal year, or null to skip the upper-bound check
     */
    public FecReadSummary read(Path file, String displayName, LocalDate yearStart, LocalDate yearEnd,
                               FecLineConsumer out) {
        return readPart(file, displayName, null, yearStart, yearEnd, out);
    }

    /**
     * Streams one part of a split FEC (or a whole FEC when {@code part} is null). A part whose first
     * line is not a header continues the previous one: it is read with the header of part 1.
     */
    public FecReadSummary readPart(Path file, String displayName, Part part, LocalDate yearStart, LocalDate yearEnd,
                                   FecLineConsumer out) {
        Run run = new Run(file, displayName, part, yearStart, yearEnd, out);
        try {
            run.execute();
        } catch (IOException | UncheckedIOException e) {
            run.unreadable("erreur de lecture (" + e.getMessage() + ")");
        } catch (RuntimeException e) {
            // One bad file must not abort the ingest of a whole year: report it like an I/O failure.
            run.unreadable("erreur inattendue (" + e.getClass().getSimpleName() + ")");
        }
        return run.summary();
    }

    /** The state of one read; FecReader itself stays stateless and reusable. */
    private static final class Run {
        private final Path file;
        private final String name;
        private final Part part;
        private final LocalDate yearStart;
        private final LocalDate yearEnd;
        private final CountingConsumer out;
        private Charset charset = StandardCharsets.UTF_8;
        private char separator = '\t';
        private FecLineStream stream;
        private final AscendingNumbers lineStarts = new AscendingNumbers();

        Run(Path file, String name, Part part, LocalDate yearStart, LocalDate yearEnd, FecLineConsumer out) {
            this.file = file;
            this.name = name;
            this.part = part;
            this.yearStart = yearStart;
            this.yearEnd = yearEnd;
            this.out = new CountingConsumer(out);
        }

        void execute() throws IOException {
            FecEncoding.Detection detection = FecEncoding.detect(file);
            charset = detection.charset();
            if (detection.binary()) {
                unreadable(isUtf16(file)
                        ? "texte encodé en UTF-16 : enregistrez-le en UTF-8 ou ISO-8859-15"
                        : "contenu binaire (octets nuls ou de contrôle), ce n'est pas un fichier texte");
                return;
            }
            long modified = Files.getLastModifiedTime(file).toMillis();
            try (InputStream in = Files.newInputStream(file)) {
                readLines(new ByteLineReader(in, charset, lineStarts), detection.size(), modified);
            }
        }

        private void readLines(ByteLineReader reader, long size, long modified) throws IOException {
            String firstLine = reader.next();
            while (firstLine != null && stripBom(firstLine).isBlank()) {
                firstLine = reader.next();
            }
            if (firstLine == null) {
                out.finding(Finding.of(CheckId.FILE_EMPTY, SourceLocation.ofFile(name), null));
                return;
            }
            SourceLocation firstAt = SourceLocation.ofRow(name, null, reader.lineNumber());
            FecHeader own = FecHeader.parse(stripBom(firstLine));
            FecHeader header = own;
            String headerLine = stripBom(firstLine);
            String pendingData = null;
            if (!own.looksLikeHeader() && part != null) {
                // A continuation part: its first line is already data, under the header of part 1.
                Optional<String> inherited = part.firstPart() == null ? Optional.empty() : headerOf(part.firstPart());
                if (inherited.isEmpty()) {
                    out.finding(Finding.of(CheckId.FEC_PART_HEADER_MISSING, firstAt, FecLineParser.capped(firstLine),
                            part.number(), part.firstPart() == null ? "_1" : part.firstPart().getFileName()));
                    return;
                }
                headerLine = inherited.get();
                header = FecHeader.parse(headerLine);
                pendingData = stripBom(firstLine);
            }
            separator = header.separator();
            if (!FecLineStream.acceptHeader(header, firstAt, FecLineParser.capped(firstLine), out::finding)) {
                return;
            }
            stream = new FecLineStream(header, name, null, yearStart, yearEnd, part == null, out);
            out.textSource(new FecTextSource(file.toAbsolutePath(), size, modified, charset, headerLine, lineStarts));
            if (pendingData != null) {
                stream.row(pendingData, FecSplitter.split(pendingData, separator), reader.lineNumber());
            }
            TwoThreadRead.readAll(reader, stream, separator);
            stream.finish();
        }

        /** UTF-16 (a BOM FF FE or FE FF) puts a NUL byte beside every ASCII letter: name it rather than « binary ». */
        private static boolean isUtf16(Path file) throws IOException {
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(2);
            }
            return head.length == 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                    || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF);
        }

        void unreadable(String reason) {
            out.finding(Finding.of(CheckId.FILE_UNREADABLE, SourceLocation.ofFile(name), null, reason));
        }

        FecReadSummary summary() {
            int rowsRead = stream == null ? 0 : stream.rowsRead();
            return new FecReadSummary(rowsRead, out.lines(), out.rejected(), out.findings(), out.blocking(),
                    charset, separator);
        }

        private static String stripBom(String line) {
            return !line.isEmpty() && line.charAt(0) == BOM ? line.substring(1) : line;
        }

        /**
         * The header line of part 1, read alone: only its first line matters, so the part is not scanned
         * for its encoding; header names are ASCII in the standard, UTF-8 or ISO-8859-15 elsewhere.
         */
        private static Optional<String> headerOf(Path firstPart) {
            byte[] head;
            try (InputStream in = Files.newInputStream(firstPart)) {
                head = in.readNBytes(MAX_HEADER_BYTES);
            } catch (IOException e) {
                return Optional.empty();
            }
            int end = 0;
            while (end < head.length && head[end] != '\n') {
                end++;
            }
            String line = decode(head, end).replace("\r", "");
            String headerLine = stripBom(line);
            return FecHeader.parse(headerLine).looksLikeHeader() ? Optional.of(headerLine) : Optional.empty();
        }

        private static String decode(byte[] bytes, int length) {
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, 0, length)).toString();
            } catch (CharacterCodingException e) {
                return new String(bytes, 0, length, FecEncoding.ISO_8859_15);
            }
        }
    }

    /** Keeps everything, for the list-returning {@link #read(Path, String, LocalDate, LocalDate)}. */
    private static final class Collector implements FecLineConsumer {
        private final List<FecLine> lines = new ArrayList<>();
        private final List<RejectedLine> rejected = new ArrayList<>();
        private final List<Finding> findings = new ArrayList<>();

        @Override
        public void line(FecLine line) {
            lines.add(line);
        }

        @Override
        public void rejected(RejectedLine line) {
            rejected.add(line);
        }

        @Override
        public void finding(Finding finding) {
            findings.add(finding);
        }
    }
}
