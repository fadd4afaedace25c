package org.cloture.ingest.table;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

import com.github.miachm.sods.OfficeCurrency;
import com.github.miachm.sods.OfficePercentage;
import com.github.miachm.sods.OdsOptionParameters;
import com.github.miachm.sods.Range;
import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;

/**
 * Reads OpenDocument spreadsheets (.ods, LibreOffice Calc) with SODS. SODS builds the whole document in
 * memory, so the inflation guard caps it lower than an xlsx ({@link #MAX_INFLATED_BYTES}); a larger register
 * is to be saved as .xlsx, which is streamed. SODS reads its XML with DTDs disabled: no external entity is
 * ever fetched.
 */
public final class OdsTableReader implements TableReader {

    /** content.xml of a 20,000-member register is about 30 MB. */
    static final long MAX_INFLATED_BYTES = 128L << 20;
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    @Override
    public void read(Path file, String displayName, Consumer<Finding> findings, SheetConsumer consumer)
            throws UnreadableFileException {
        checkIsZip(file);
        try {
            new ZipInflationGuard(MAX_INFLATED_BYTES).checkLocalHeaders(file);
        } catch (RefusedInputException e) {
            throw UnreadableFileException.refused(e.getMessage() + " ; enregistrez le classeur au format .xlsx");
        } catch (IOException e) {
            throw new UnreadableFileException("le classeur est endommagé ou n'est pas au format .ods", e);
        }
        SpreadSheet workbook;
        try (InputStream in = Files.newInputStream(file)) {
            // Styles are loaded: a sheet is hidden by its table style (table:display="false").
            workbook = new SpreadSheet(in, new OdsOptionParameters());
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException("le classeur est endommagé ou n'est pas au format .ods", e);
        }
        for (Sheet sheet : workbook.getSheets()) {
            if (sheet.isHidden()) {
                findings.accept(Finding.of(CheckId.SHEET_HIDDEN,
                        new SourceLocation(displayName, sheet.getName(), null, null), null, sheet.getName()));
                continue;
            }
            consumer.accept(sheet.getName(), rows(sheet));
        }
    }

    private static void checkIsZip(Path file) throws UnreadableFileException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4);
        } catch (IOException e) {
            throw new UnreadableFileException("le fichier ne peut pas être ouvert", e);
        }
        if (!java.util.Arrays.equals(head, ZIP_MAGIC)) {
            throw new UnreadableFileException("ce n'est pas un classeur .ods");
        }
    }

    private static Iterator<RawRow> rows(Sheet sheet) {
        int rowCount = sheet.getMaxRows();
        int columnCount = sheet.getMaxColumns();
        if (rowCount == 0 || columnCount == 0) {
            return java.util.Collections.emptyIterator();
        }
        Range all = sheet.getDataRange();
        MergedRegions merges = merges(all);
        return new Iterator<>() {
            private int row;

            @Override
            public boolean hasNext() {
                return row < rowCount;
            }

            @Override
            public RawRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                List<RawCell> cells = new ArrayList<>(columnCount);
                for (int column = 0; column < columnCount; column++) {
                    cells.add(toRawCell(sheet.getRange(row, column).getValue()));
                }
                row++;
                return merges.apply(new RawRow(sheet.getName(), row, cells));
            }
        };
    }

    private static MergedRegions merges(Range all) {
        List<MergedRegions.Region> regions = new ArrayList<>();
        for (Range merged : all.getMergedCells()) {
            regions.add(new MergedRegions.Region(merged.getRow() + 1, merged.getRow() + merged.getNumRows(),
                    merged.getColumn()));
        }
        return new MergedRegions(regions);
    }

    private static RawCell toRawCell(Object value) {
        if (value == null) {
            return RawCell.BLANK;
        }
        if (value instanceof Double number) {
            return RawCell.ofNumber(BigDecimal.valueOf(number));
        }
        if (value instanceof OfficeCurrency amount && amount.getValue() != null) {
            return RawCell.ofNumber(BigDecimal.valueOf(amount.getValue()));
        }
        if (value instanceof OfficePercentage percent && percent.getValue() != null) {
            return RawCell.ofNumber(BigDecimal.valueOf(percent.getValue()));
        }
        if (value instanceof LocalDate date) {
            return SpreadsheetCells.dateTime(date.atStartOfDay());
        }
        if (value instanceof LocalDateTime dateTime) {
            return SpreadsheetCells.dateTime(dateTime);
        }
        if (value instanceof Duration duration) {
            return SpreadsheetCells.duration(duration);
        }
        if (value instanceof Boolean flag) {
            return SpreadsheetCells.bool(flag);
        }
        return RawCell.ofText(value.toString());
    }
}
