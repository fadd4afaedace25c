package org.cloture.ingest.table;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.cloture.ingest.cells.ExcelSerials;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/** Streams .xlsx sheets with fastexcel-reader: a 200,000-row register never sits in memory. */
public final class XlsxTableReader implements TableReader {

    /** Cell formats are needed to tell a date from a number; a bad cell becomes an error cell, not an exception. */
    private static final ReadingOptions OPTIONS = new ReadingOptions(true, true);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Override
    public void read(Path file, String displayName, Consumer<Finding> findings, SheetConsumer consumer)
            throws UnreadableFileException {
        checkSignature(file);
        checkInflation(file);
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), OPTIONS)) {
            boolean date1904 = workbook.isDate1904();
            for (Sheet sheet : workbook.getSheets().toList()) {
                if (sheet.getVisibility() != SheetVisibility.VISIBLE) {
                    findings.accept(Finding.of(CheckId.SHEET_HIDDEN,
                            new SourceLocation(displayName, sheet.getName(), null, null), null, sheet.getName()));
                    continue;
                }
                try (Stream<Row> rows = sheet.openStream()) {
                    Iterator<Row> source = rows.iterator();
                    consumer.accept(sheet.getName(), new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return source.hasNext();
                        }

                        @Override
                        public RawRow next() {
                            return toRawRow(sheet.getName(), source.next(), date1904);
                        }
                    });
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException("le classeur est endommagé ou n'est pas au format .xlsx", e);
        }
    }

    private static void checkInflation(Path file) throws UnreadableFileException {
        try {
            new ZipInflationGuard().checkCentralDirectory(file);
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
            if (ExcelDateFormats.isDateOrTime(cell.getDataFormatId(), cell.getDataFormatString())) {
                LocalDateTime dateTime = ExcelSerials.toDateTime(number, date1904);
                return new RawCell(display(number, dateTime), number, dateTime);
            }
            return RawCell.ofNumber(number);
        }
        if (value instanceof Boolean flag) {
            return RawCell.ofText(flag ? "VRAI" : "FAUX");
        }
        if (value == null) {
            return cell.getRawValue() == null ? RawCell.BLANK : RawCell.ofText(cell.getRawValue());
        }
        return RawCell.ofText(value.toString());
    }

    private static String display(BigDecimal serial, LocalDateTime dateTime) {
        if (serial.abs().compareTo(BigDecimal.ONE) < 0) {
            return TIME.format(dateTime);
        }
        String day = DAY.format(dateTime);
        return dateTime.toLocalTime().toSecondOfDay() == 0 ? day : day + " " + TIME.format(dateTime);
    }
}
