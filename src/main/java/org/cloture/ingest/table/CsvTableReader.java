package org.cloture.ingest.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.cloture.source.Finding;

/**
 * Reads csv as spreadsheet programs write it in France: comma, semicolon or tab, UTF-8 with or without
 * BOM, or Windows-1252 (Excel's « CSV (séparateur : point-virgule) »).
 *
 * <p>Row numbers are those a spreadsheet shows once the file is opened: a quoted field holding line breaks
 * stays in one row, so the rows below it keep the numbers the user sees in the tableur, not the line
 * numbers of a text editor (Commons CSV counts records, not physical lines).
 */
public final class CsvTableReader implements TableReader {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SNIFFED_LINES = 20;
    private static final int SNIFFED_BYTES = 4096;
    private static final int SNIFFED_CHARS = 64 * 1024;

    @Override
    public void read(Path file, String displayName, Consumer<Finding> findings, SheetConsumer consumer)
            throws UnreadableFileException {
        try {
            rejectBinary(file);
            Charset charset = detectCharset(file);
            char delimiter = detectDelimiter(file, charset);
            CSVFormat format = CSVFormat.DEFAULT.builder()
                    .setDelimiter(delimiter)
                    // Keeping empty lines keeps record numbers equal to the rows a spreadsheet shows.
                    .setIgnoreEmptyLines(false)
                    .get();
            try (RecordLengthGuard guarded = new RecordLengthGuard(openSkippingBom(file, charset));
                 CSVParser parser = format.parse(guarded)) {
                Iterator<CSVRecord> records = parser.iterator();
                consumer.accept(null, new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return records.hasNext();
                    }

                    @Override
                    public RawRow next() {
                        CSVRecord record = records.next();
                        guarded.recordDone();
                        return toRawRow(record);
                    }
                });
            }
        } catch (RefusedInputException e) {
            throw UnreadableFileException.refused(e.getMessage());
        } catch (IOException e) {
            throw new UnreadableFileException("le fichier texte ne peut pas être lu", e);
        }
    }

    /** Strict UTF-8 decoding of the whole file: any invalid sequence means the legacy Windows code page. */
    static Charset detectCharset(Path file) throws IOException {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        char[] buffer = new char[8192];
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), strict)) {
            while (reader.read(buffer) != -1) {
                // decoding is the test
            }
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return WINDOWS_1252;
        }
    }

    /**
     * French files use ';' because ',' is the decimal separator, so commas inside amounts do not
     * outvote the semicolons between fields; an English file has no semicolons at all. A tab-separated
     * export (copied from a spreadsheet, or a .tsv renamed) has tabs on every line and wins over both.
     * Only the beginning of the file is looked at, so that a file without line breaks is not read whole.
     */
    static char detectDelimiter(Path file, Charset charset) throws IOException {
        char[] head = new char[SNIFFED_CHARS];
        int length;
        try (Reader reader = openSkippingBom(file, charset)) {
            length = reader.read(head, 0, head.length);
        }
        long semicolons = 0;
        long commas = 0;
        long tabs = 0;
        int lines = 0;
        for (int i = 0; i < Math.max(length, 0) && lines < SNIFFED_LINES; i++) {
            switch (head[i]) {
                case ';' -> semicolons++;
                case ',' -> commas++;
                case '\t' -> tabs++;
                case '\n' -> lines++;
                default -> { }
            }
        }
        if (tabs > 0 && tabs >= semicolons && tabs * 2 >= commas) {
            return '\t';
        }
        return semicolons > 0 && semicolons >= commas / 2 ? ';' : ',';
    }

    private static void rejectBinary(Path file) throws IOException, UnreadableFileException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFFED_BYTES);
        }
        for (byte b : head) {
            if (b == 0) {
                throw new UnreadableFileException("ce n'est pas un fichier texte (contenu binaire)");
            }
        }
    }

    private static Reader openSkippingBom(Path file, Charset charset) throws IOException {
        // InputStreamReader replaces the five bytes Windows-1252 leaves undefined instead of failing.
        BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset));
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    private static RawRow toRawRow(CSVRecord record) {
        List<RawCell> cells = new ArrayList<>(record.size());
        for (String value : record) {
            cells.add(RawCell.ofText(value));
        }
        return new RawRow(null, Math.toIntExact(record.getRecordNumber()), cells);
    }
}
