package org.cloture.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.cloture.config.AssociationConfig;
import org.cloture.ingest.cells.ExcelSerials;
import org.cloture.ingest.fec.FecLineStream;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * Accounts kept in a spreadsheet rather than exported as a FEC text file: a FEC's 18 columns in a
 * sheet (.xlsx), or the hand-kept journal {@code Date, Journal, Pièce, Compte, Libellé, Débit, Crédit}
 * (.xlsx or .csv) of small associations (fec.md §6). Recognised by a header row in the first rows of a
 * sheet, whatever the file is called; must come before {@link RegisterFileReader}, which takes every
 * spreadsheet. Streams: .xlsx with fastexcel-reader, .csv with Commons CSV.
 */
public final class LedgerSheetReader implements SourceFileReader {

    /** Cell formats tell a date from a number; a bad cell becomes an error cell, not an exception. */
    private static final ReadingOptions OPTIONS = new ReadingOptions(true, true);
    private static final int SNIFF_BYTES = 64 * 1024;
    private static final char[] CSV_DELIMITERS = {';', ',', '\t', '|'};
    private static final DateTimeFormatter FEC_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    @Override
    public boolean accepts(Path file) {
        try {
            if (isWorkbook(file)) {
                return ReadableWorkbook.isOOXMLZipHeader(head(file, 8)) && workbookHasLedgerSheet(file);
            }
            return isText(file) && csvDelimiter(file) != 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public ReadSummary read(Path file, String displayName, int year, AssociationConfig config, RowSink sink) {
        Tables tables = new Tables(displayName, config.fiscalYearStartOf(year), config.fiscalYearEndOf(year), sink);
        try {
            if (isWorkbook(file)) {
                readWorkbook(file, tables);
            } else {
                readCsv(file, tables);
            }
        } catch (IOException | RuntimeException e) {
            // A damaged file is a finding; what was already handed to the store stays with this version.
            sink.finding(Finding.of(CheckId.FILE_UNREADABLE, SourceLocation.ofFile(displayName), null,
                    isWorkbook(file) ? "le classeur est endommagé ou n'est pas au format .xlsx"
                            : "erreur de lecture (" + e.getClass().getSimpleName() + ")"));
        }
        return new ReadSummary(tables.kinds, tables.rowsRead);
    }

    // --- xlsx ------------------------------------------------------------------------------------

    private static boolean workbookHasLedgerSheet(Path file) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), OPTIONS)) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                if (sheet.getVisibility() != SheetVisibility.VISIBLE) {
                    continue;
                }
                try (Stream<Row> rows = sheet.openStream()) {
                    boolean ledger = rows.limit(LedgerSheetLayout.HEADER_SEARCH_ROWS)
                            .anyMatch(row -> LedgerSheetLayout.of(toSheetRow(row, false).texts()).isPresent());
                    if (ledger) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static void readWorkbook(Path file, Tables tables) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), OPTIONS)) {
            boolean date1904 = workbook.isDate1904();
            for (Sheet sheet : workbook.getSheets().toList()) {
                if (sheet.getVisibility() != SheetVisibility.VISIBLE) {
                    tables.sink.finding(Finding.of(CheckId.SHEET_HIDDEN,
                            new SourceLocation(tables.file, sheet.getName(), null, null), null, sheet.getName()));
                    continue;
                }
                try (Stream<Row> rows = sheet.openStream()) {
                    Iterator<Row> source = rows.iterator();
                    tables.read(sheet.getName(), date1904, new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return source.hasNext();
                        }

                        @Override
                        public SheetRow next() {
                            return toSheetRow(source.next(), date1904);
                        }
                    });
                }
            }
        }
    }

    private static SheetRow toSheetRow(Row row, boolean date1904) {
        int count = row.getCellCount();
        String[] texts = new String[count];
        Object[] typed = new Object[count];
        for (int i = 0; i < count; i++) {
            Cell cell = row.getCell(i);
            if (cell == null || cell.getType() == CellType.EMPTY) {
                continue;
            }
            Object value = cell.getValue();
            if (value instanceof BigDecimal number) {
                if (isDateFormat(cell.getDataFormatId(), cell.getDataFormatString())) {
                    LocalDate date = ExcelSerials.toDate(number, date1904);
                    typed[i] = date;
                    texts[i] = DAY.format(date);
                } else {
                    typed[i] = number;
                    texts[i] = plain(number);
                }
            } else if (value != null) {
                texts[i] = value.toString();
            } else {
                texts[i] = cell.getRawValue();
            }
        }
        return new SheetRow(row.getRowNum(), texts, typed);
    }

    /** Built-in date formats of Excel, or a custom format that writes a day or a year. */
    private static boolean isDateFormat(Integer id, String format) {
        if (id != null && (id >= 14 && id <= 17 || id == 22 || id >= 27 && id <= 36 || id >= 50 && id <= 58)) {
            return true;
        }
        if (format == null) {
            return false;
        }
        String bare = format.replaceAll("\"[^\"]*\"|\\[[^]]*]|\\\\.", "").toLowerCase(Locale.ROOT);
        return bare.indexOf('d') >= 0 || bare.indexOf('y') >= 0;
    }

    /**
     * A number as the user typed it. A cell holds a binary double: noise beyond the cent (0.30000000000000004)
     * is rounded away, a real third decimal is kept so that the FEC checks refuse it.
     */
    private static String plain(BigDecimal number) {
        BigDecimal cents = number.setScale(2, RoundingMode.HALF_UP);
        BigDecimal value = cents.subtract(number).abs().compareTo(new BigDecimal("0.000001")) < 0 ? cents : number;
        return value.stripTrailingZeros().toPlainString();
    }

    // --- csv -------------------------------------------------------------------------------------

    /** The delimiter with which one of the first lines is a ledger header, or 0 when none is. */
    private static char csvDelimiter(Path file) throws IOException {
        byte[] head = head(file, SNIFF_BYTES);
        String text = new String(head, charsetOf(head));
        List<String> lines = text.lines().limit(LedgerSheetLayout.HEADER_SEARCH_ROWS).toList();
        for (char delimiter : CSV_DELIMITERS) {
            for (String line : lines) {
                String[] cells = line.replace("\uFEFF", "").replace("\"", "").split(java.util.regex.Pattern.quote(
                        String.valueOf(delimiter)), -1);
                if (LedgerSheetLayout.of(cells).isPresent()) {
                    return delimiter;
                }
            }
        }
        return 0;
    }

    private static void readCsv(Path file, Tables tables) throws IOException {
        char delimiter = csvDelimiter(file);
        if (delimiter == 0) {
            return;
        }
        Charset charset = charsetOf(head(file, SNIFF_BYTES));
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        try (Reader reader = withoutBom(new InputStreamReader(Files.newInputStream(file), charset));
             CSVParser parser = CSVParser.parse(reader, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            tables.read(null, false, new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return records.hasNext();
                }

                @Override
                public SheetRow next() {
                    CSVRecord record = records.next();
                    return SheetRow.ofTexts((int) record.getRecordNumber(), record.values());
                }
            });
        }
    }

    /**
     * UTF-8 when the first bytes decode strictly (a character cut at the end of the sample is fine),
     * else Windows-1252, what Excel writes when it saves « CSV (séparateur : point-virgule) ».
     */
    private static Charset charsetOf(byte[] head) {
        int length = head.length;
        for (int cut = 0; cut < 4 && length - cut >= 0; cut++) {
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(head, 0, length - cut));
                return StandardCharsets.UTF_8;
            } catch (CharacterCodingException e) {
                if (length < SNIFF_BYTES) {
                    break;
                }
            }
        }
        return Charset.forName("windows-1252");
    }

    private static Reader withoutBom(Reader reader) throws IOException {
        PushbackReader pushback = new PushbackReader(reader, 1);
        int first = pushback.read();
        if (first >= 0 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }

    // --- common ----------------------------------------------------------------------------------

    private static boolean isWorkbook(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xlsm");
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".txt");
    }

    private static byte[] head(Path file, int bytes) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(bytes);
        }
    }

    /** The tables of one file: finds each sheet's header, then hands its rows to the right mapping. */
    private static final class Tables {
        private final String file;
        private final LocalDate yearStart;
        private final LocalDate yearEnd;
        private final RowSink sink;
        private final Set<ReadSummary.SourceKind> kinds = EnumSet.noneOf(ReadSummary.SourceKind.class);
        private int rowsRead;

        Tables(String file, LocalDate yearStart, LocalDate yearEnd, RowSink sink) {
            this.file = file;
            this.yearStart = yearStart;
            this.yearEnd = yearEnd;
            this.sink = sink;
        }

        void read(String sheet, boolean date1904, Iterator<SheetRow> rows) {
            LedgerSheetLayout layout = null;
            SheetRow headerRow = null;
            for (int scanned = 0; layout == null && scanned < LedgerSheetLayout.HEADER_SEARCH_ROWS && rows.hasNext();
                    scanned++) {
                headerRow = rows.next();
                layout = LedgerSheetLayout.of(headerRow.texts()).orElse(null);
            }
            if (layout == null) {
                return; // Not a ledger sheet (notes, a chart…): nothing to load from it.
            }
            kinds.add(ReadSummary.SourceKind.FEC);
            SourceLocation headerAt = SourceLocation.ofRow(file, sheet, headerRow.number());
            if (layout.kind() == LedgerSheetLayout.Kind.FEC) {
                readFecSheet(layout, headerAt, rows);
            } else {
                readJournalSheet(layout, sheet, date1904, rows);
            }
        }

        private void readFecSheet(LedgerSheetLayout layout, SourceLocation headerAt, Iterator<SheetRow> rows) {
            FecLineStream stream = FecLineStream.forSheet(layout.headers(), headerAt, yearStart, yearEnd,
                    new FecLinesToSink(sink)).orElse(null);
            if (stream == null) {
                return;
            }
            int columns = layout.headers().size();
            while (rows.hasNext()) {
                SheetRow row = rows.next();
                if (!row.isBlank()) {
                    stream.row(row.raw(), fecFields(row, columns), row.number());
                }
            }
            stream.finish();
            rowsRead += stream.rowsRead();
        }

        private void readJournalSheet(LedgerSheetLayout layout, String sheet, boolean date1904,
                                      Iterator<SheetRow> rows) {
            JournalSheetRows journal = new JournalSheetRows(layout, file, sheet, date1904, yearStart, yearEnd, sink);
            while (rows.hasNext()) {
                journal.row(rows.next());
            }
            if (journal.rowsRead() == 0) {
                sink.finding(Finding.of(CheckId.FILE_EMPTY, new SourceLocation(file, sheet, null, null), null));
            }
            rowsRead += journal.rowsRead();
        }

        /** The cells as a FEC text file would write them: dates yyyyMMdd, numbers plain; padded to the header. */
        private static String[] fecFields(SheetRow row, int columns) {
            String[] fields = new String[Math.max(columns, row.texts().length)];
            for (int i = 0; i < fields.length; i++) {
                Object typed = row.typed(i);
                fields[i] = typed instanceof LocalDate date ? FEC_DATE.format(date)
                        : row.text(i) == null ? "" : row.text(i);
            }
            return fields;
        }
    }
}
