package org.cloture.ingest.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The first rows of a text table, read from its first bytes only: what the readers that recognise a platform's
 * export by its header need in {@code accepts}, without decoding a large register whole (as
 * {@link CsvTableReader} does to choose its charset). Same rules: UTF-8 when the head decodes strictly (BOM
 * skipped), else Windows-1252; the delimiter {@link CsvTableReader#detectDelimiter} would choose.
 */
public final class CsvHead {

    private static final int HEAD_BYTES = 64 * 1024;

    private CsvHead() {
    }

    /** Up to {@code maxRows} rows, numbered as {@link CsvTableReader} numbers them; empty for a binary file. */
    public static List<RawRow> rows(Path file, int maxRows) throws IOException {
        byte[] head;
        boolean whole;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_BYTES);
            whole = in.read() < 0;
        }
        for (byte b : head) {
            if (b == 0) {
                return List.of();
            }
        }
        int end = head.length;
        if (!whole) {
            // Cut at the last line break, so that no character (nor record) is cut in two.
            while (end > 0 && head[end - 1] != '\n') {
                end--;
            }
        }
        Charset charset = utf8(head, end) ? StandardCharsets.UTF_8 : CsvTableReader.WINDOWS_1252;
        String text = new String(head, 0, end, charset);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char delimiter = CsvTableReader.detectDelimiter(file, charset);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        List<RawRow> rows = new ArrayList<>();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                if (rows.size() >= maxRows) {
                    break;
                }
                List<RawCell> cells = new ArrayList<>(record.size());
                record.forEach(value -> cells.add(RawCell.ofText(value)));
                rows.add(new RawRow(null, Math.toIntExact(record.getRecordNumber()), cells));
            }
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            // a quote left open in the head: the rows before it are what there is
        }
        return rows;
    }

    private static boolean utf8(byte[] bytes, int length) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
