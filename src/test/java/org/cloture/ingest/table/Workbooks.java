package org.cloture.ingest.table;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds xlsx fixtures: rows are Object[]; null leaves a cell empty, a null row leaves a blank row. */
public final class Workbooks {

    private final Map<String, Object[][]> sheets = new LinkedHashMap<>();
    private final Map<String, Boolean> hidden = new LinkedHashMap<>();

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

    public Path writeTo(Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
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
                if (hidden.getOrDefault(entry.getKey(), false)) {
                    workbook.setSheetHidden(workbook.getSheetIndex(sheet), true);
                }
            }
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
        }
        return file;
    }

    public record Formula(String text) {
    }
}
