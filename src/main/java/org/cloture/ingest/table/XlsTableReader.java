package org.cloture.ingest.table;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;

/**
 * Reads Excel 97-2003 workbooks (.xls) with Apache POI HSSF. The format holds at most 65,536 rows per sheet
 * and POI reads it whole; files beyond {@link #MAX_BYTES} are refused rather than risk the heap.
 */
public final class XlsTableReader implements TableReader {

    /** A full 65,536-row register is a few megabytes; HSSF needs about ten times the file size in memory. */
    static final long MAX_BYTES = 20L << 20;

    @Override
    public void read(Path file, String displayName, Consumer<Finding> findings, SheetConsumer consumer)
            throws UnreadableFileException {
        FileMagic magic = magic(file);
        if (magic == FileMagic.OOXML) {
            // An .xlsx renamed .xls (or saved so by a web export): read it for what it is.
            new XlsxTableReader().read(file, displayName, findings, consumer);
            return;
        }
        if (magic != FileMagic.OLE2 && SpreadsheetMlTableReader.looksLikeSpreadsheetMl(file)) {
            // Excel 2003 XML saved as .xls (AssoConnect's « Excel 97 » export): read it for what it is.
            new SpreadsheetMlTableReader().read(file, displayName, findings, consumer);
            return;
        }
        if (magic != FileMagic.OLE2) {
            throw new UnreadableFileException("ce n'est pas un classeur .xls");
        }
        if (size(file) > MAX_BYTES) {
            throw UnreadableFileException.refused(String.format(Locale.FRANCE,
                    "classeur .xls de plus de %d Mo : enregistrez-le au format .xlsx", MAX_BYTES >> 20));
        }
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                throw new UnreadableFileException("classeur protégé par un mot de passe");
            }
            try (HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), true)) {
                boolean date1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
                for (int index = 0; index < workbook.getNumberOfSheets(); index++) {
                    Sheet sheet = workbook.getSheetAt(index);
                    if (workbook.isSheetHidden(index) || workbook.isSheetVeryHidden(index)) {
                        findings.accept(Finding.of(CheckId.SHEET_HIDDEN,
                                new SourceLocation(displayName, sheet.getSheetName(), null, null), null,
                                sheet.getSheetName()));
                        continue;
                    }
                    MergedRegions merges = merges(sheet);
                    Iterator<Row> rows = sheet.rowIterator();
                    consumer.accept(sheet.getSheetName(), new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return rows.hasNext();
                        }

                        @Override
                        public RawRow next() {
                            return merges.apply(toRawRow(sheet.getSheetName(), rows.next(), date1904));
                        }
                    });
                }
            }
        } catch (EncryptedDocumentException e) {
            throw new UnreadableFileException("classeur protégé par un mot de passe", e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException("le classeur est endommagé ou n'est pas au format .xls", e);
        }
    }

    private static FileMagic magic(Path file) throws UnreadableFileException {
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            return FileMagic.valueOf(in);
        } catch (IOException e) {
            throw new UnreadableFileException("le fichier ne peut pas être ouvert", e);
        }
    }

    private static long size(Path file) throws UnreadableFileException {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UnreadableFileException("le fichier ne peut pas être ouvert", e);
        }
    }

    private static MergedRegions merges(Sheet sheet) {
        List<MergedRegions.Region> regions = new ArrayList<>();
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            regions.add(new MergedRegions.Region(range.getFirstRow() + 1, range.getLastRow() + 1,
                    range.getFirstColumn()));
        }
        return new MergedRegions(regions);
    }

    private static RawRow toRawRow(String sheet, Row row, boolean date1904) {
        int width = Math.max(row.getLastCellNum(), 0);
        List<RawCell> cells = new ArrayList<>(width);
        for (int column = 0; column < width; column++) {
            cells.add(toRawCell(row.getCell(column), date1904));
        }
        return new RawRow(sheet, row.getRowNum() + 1, cells);
    }

    private static RawCell toRawCell(Cell cell, boolean date1904) {
        if (cell == null) {
            return RawCell.BLANK;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> SpreadsheetCells.number(BigDecimal.valueOf(cell.getNumericCellValue()),
                    (int) cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString(), date1904);
            case STRING -> RawCell.ofText(cell.getStringCellValue());
            case BOOLEAN -> SpreadsheetCells.bool(cell.getBooleanCellValue());
            case ERROR -> RawCell.ofText(FormulaError.forInt(cell.getErrorCellValue()).getString());
            default -> RawCell.BLANK;
        };
    }
}
