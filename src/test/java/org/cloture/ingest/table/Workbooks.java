package org.cloture.ingest.table;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds spreadsheet fixtures, as .xlsx or .xls (POI) or .ods (SODS) according to the file name: rows are
 * Object[]; null leaves a cell empty, a null row leaves a blank row; merges are written as in A1 notation.
 */
public final class Workbooks {

    private final Map<String, Object[][]> sheets = new LinkedHashMap<>();
    private final Map<String, Boolean> hidden = new LinkedHashMap<>();
    private final Map<String, List<String>> merges = new LinkedHashMap<>();

    public static Workbooks workbook() {
        return new Workbooks();
    }

    public Workbooks sheet(String name, Object[]... rows) {
        sheets.put(name, rows);
        return this;
    }

    public Workbooks hiddenSheet(String name, Object[]... rows) {
        sheets.put(name, rows);
        hidden.put(name, true);
        return this;
    }

    /** Merges a range (« A3:A5 ») of a sheet already added; the value stays in its top-left cell. */
    public Workbooks merge(String sheet, String range) {
        merges.computeIfAbsent(sheet, s -> new ArrayList<>()).add(range);
        return this;
    }

    public Path writeTo(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (name.endsWith(".ods")) {
            return writeOds(file);
        }
        try (Workbook workbook = name.endsWith(".xls") ? new HSSFWorkbook() : new XSSFWorkbook();
             OutputStream out = Files.newOutputStream(file)) {
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle timeStyle = workbook.createCellStyle();
            timeStyle.setDataFormat(workbook.createDataFormat().getFormat("hh:mm"));
            CellStyle euroStyle = workbook.createCellStyle();
            euroStyle.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00\\ \"€\""));
            for (Map.Entry<String, Object[][]> entry : sheets.entrySet()) {
                Sheet sheet = workbook.createSheet(entry.getKey());
                Object[][] rows = entry.getValue();
                for (int r = 0; r < rows.length; r++) {
                    if (rows[r] == null) {
                        continue;
                    }
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < rows[r].length; c++) {
                        Object value = rows[r][c];
                        if (value == null) {
                            continue;
                        }
                        Cell cell = row.createCell(c);
                        if (value instanceof LocalDate date) {
                            cell.setCellValue(date);
                            cell.setCellStyle(dateStyle);
                        } else if (value instanceof LocalTime time) {
                            cell.setCellValue(time.toSecondOfDay() / 86_400.0);
                            cell.setCellStyle(timeStyle);
                        } else if (value instanceof Double amount) {
                            cell.setCellValue(amount);
                            cell.setCellStyle(euroStyle);
                        } else if (value instanceof Number number) {
                            cell.setCellValue(number.doubleValue());
                        } else if (value instanceof Formula formula) {
                            cell.setCellFormula(formula.text());
                        } else {
                            cell.setCellValue(value.toString());
                        }
                    }
                }
                for (String range : merges.getOrDefault(entry.getKey(), List.of())) {
                    sheet.addMergedRegion(CellRangeAddress.valueOf(range));
                }
                if (hidden.getOrDefault(entry.getKey(), false)) {
                    workbook.setSheetHidden(workbook.getSheetIndex(sheet), true);
                }
            }
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
        }
        return file;
    }

    private Path writeOds(Path file) throws IOException {
        com.github.miachm.sods.SpreadSheet workbook = new com.github.miachm.sods.SpreadSheet();
        for (Map.Entry<String, Object[][]> entry : sheets.entrySet()) {
            Object[][] rows = entry.getValue();
            int width = 1;
            for (Object[] row : rows) {
                width = Math.max(width, row == null ? 0 : row.length);
            }
            com.github.miachm.sods.Sheet sheet = new com.github.miachm.sods.Sheet(entry.getKey(), rows.length, width);
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; rows[r] != null && c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof LocalTime time) {
                        value = Duration.ofSeconds(time.toSecondOfDay());
                    } else if (value instanceof Integer number) {
                        value = number.doubleValue();
                    } else if (value instanceof Formula) {
                        throw new IllegalArgumentException("no formulas in ods fixtures");
                    }
                    if (value != null) {
                        sheet.getRange(r, c).setValue(value);
                    }
                }
            }
            for (String range : merges.getOrDefault(entry.getKey(), List.of())) {
                CellRangeAddress address = CellRangeAddress.valueOf(range);
                sheet.getRange(address.getFirstRow(), address.getFirstColumn(),
                        address.getLastRow() - address.getFirstRow() + 1,
                        address.getLastColumn() - address.getFirstColumn() + 1).merge();
            }
            if (hidden.getOrDefault(entry.getKey(), false)) {
                sheet.hideSheet();
            }
            workbook.appendSheet(sheet);
        }
        workbook.save(file.toFile());
        return file;
    }

    public record Formula(String text) {
    }
}
