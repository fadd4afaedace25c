package org.cloture.ingest.table;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * Streams .xlsx sheets with fastexcel-reader: a 200,000-row register never sits in memory. Before that, the
 * inflation guard refuses zip bombs and a first pass collects the merged cells (listed after the rows).
 * fastexcel reads XML with DTDs and external entities disabled.
 */
public final class XlsxTableReader implements TableReader {

    /** Cell formats are needed to tell a date from a number; a bad cell becomes an error cell, not an exception. */
    private static final ReadingOptions OPTIONS = new ReadingOptions(true, true);

    @Override
    public void read(Path file, String displayName, Consumer<Finding> findings, SheetConsumer consumer)
            throws UnreadableFileException {
        checkSignature(file);
        Set<String> partsWithMerges = checkInflation(file);
        Map<String, MergedRegions> merges = mergedCells(file, partsWithMerges);
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), OPTIONS)) {
            boolean date1904 = workbook.isDate1904();
            for (Sheet sheet : workbook.getSheets().toList()) {
                if (sheet.getVisibility() != SheetVisibility.VISIBLE) {
                    findings.accept(Finding.of(CheckId.SHEET_HIDDEN,
                            new SourceLocation(displayName, sheet.getName(), null, null), null, sheet.getName()));
                    continue;
                }
                MergedRegions sheetMerges = merges.getOrDefault(sheet.getName(), MergedRegions.NONE);
                try (Stream<Row> rows = sheet.openStream()) {
                    Iterator<Row> source = rows.iterator();
                    consumer.accept(sheet.getName(), new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return source.hasNext();
                        }

                        @Override
                        public RawRow next() {
                            return sheetMerges.apply(toRawRow(sheet.getName(), source.next(), date1904));
                        }
                    });
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException("le classeur est endommagé ou n'est pas au format .xlsx", e);
        }
    }

    private static Map<String, MergedRegions> mergedCells(Path file, Set<String> partsWithMerges)
            throws UnreadableFileException {
        try {
            return XlsxMergedCells.read(file, partsWithMerges);
        } catch (IOException e) {
            throw new UnreadableFileException("le classeur est endommagé ou n'est pas au format .xlsx", e);
        }
    }

    /** @return the parts that mention merged cells */
    private static Set<String> checkInflation(Path file) throws UnreadableFileException {
        try {
            return new ZipInflationGuard().checkCentralDirectory(file, XlsxMergedCells.MARKER);
        } catch (RefusedInputException e) {
            throw UnreadableFileException.refused(e.getMessage());
        } catch (IOException e) {
            throw new UnreadableFileException("le classeur est endommagé ou n'est pas au format .xlsx", e);
        }
    }

    /** An encrypted xlsx is an OLE2 container, not a zip: say so rather than « corrupted ». */
    private static void checkSignature(Path file) throws UnreadableFileException {
        byte[] head = new byte[8];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new UnreadableFileException("le fichier ne peut pas être ouvert", e);
        }
        if (read == head.length && ReadableWorkbook.isOLE2Header(head)) {
            throw new UnreadableFileException(
                    "classeur protégé par un mot de passe, ou enregistré au format Excel 97-2003 sous l'extension .xlsx");
        }
        if (read < 4 || !ReadableWorkbook.isOOXMLZipHeader(head)) {
            throw new UnreadableFileException("ce n'est pas un classeur .xlsx");
        }
    }

    private static RawRow toRawRow(String sheet, Row row, boolean date1904) {
        List<RawCell> cells = new ArrayList<>(row.getCellCount());
        for (int column = 0; column < row.getCellCount(); column++) {
            cells.add(toRawCell(row.getCell(column), date1904));
        }
        return new RawRow(sheet, row.getRowNum(), cells);
    }

    private static RawCell toRawCell(Cell cell, boolean date1904) {
        if (cell == null) {
            return RawCell.BLANK;
        }
        Object value = cell.getValue();
        if (value instanceof BigDecimal number) {
            return SpreadsheetCells.number(number, cell.getDataFormatId(), cell.getDataFormatString(), date1904);
        }
        if (value instanceof Boolean flag) {
            return SpreadsheetCells.bool(flag);
        }
        if (value == null) {
            return cell.getRawValue() == null ? RawCell.BLANK : RawCell.ofText(cell.getRawValue());
        }
        return RawCell.ofText(value.toString());
    }
}
