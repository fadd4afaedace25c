package org.cloture.report.xlsx;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes typed cells: amounts as numbers with a French-displayed currency format, counts as integers,
 * and text as inert strings. Text that came from an input file and looks like a formula
 * ({@code = + - @}) is also quote-prefixed, so that editing the cell never turns it into one.
 */
final class SheetWriter {

    /** Excel displays this with the reader's locale: "1 234,56 €" on a French system. */
    static final String AMOUNT_FORMAT = "#,##0.00\\ \"€\";\\-#,##0.00\\ \"€\"";

    private final Workbook workbook;
    private final CellStyle header;
    private final CellStyle amount;
    private final CellStyle boldAmount;
    private final CellStyle bold;
    private final CellStyle inert;
    private final CellStyle integer;

    SheetWriter(Workbook workbook) {
        this.workbook = workbook;
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        this.header = workbook.createCellStyle();
        header.setFont(boldFont);
        header.setBorderBottom(BorderStyle.THIN);
        this.bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        this.amount = workbook.createCellStyle();
        amount.setDataFormat(workbook.createDataFormat().getFormat(AMOUNT_FORMAT));
        this.boldAmount = workbook.createCellStyle();
        boldAmount.cloneStyleFrom(amount);
        boldAmount.setFont(boldFont);
        this.inert = workbook.createCellStyle();
        inert.setQuotePrefixed(true);
        this.integer = workbook.createCellStyle();
        integer.setDataFormat(workbook.createDataFormat().getFormat("0"));
    }

    Sheet sheet(String name, List<String> headers, int... widths) {
        Sheet sheet = workbook.createSheet(name);
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(header);
        }
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    /** Text that Clôture wrote itself (labels, codes). */
    void label(Row row, int column, String value, boolean emphasised) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            if (emphasised) {
                cell.setCellStyle(bold);
            }
        }
    }

    /** Text that came from an input file: always a string cell, quote-prefixed when it looks like a formula. */
    void inputText(Row row, int column, String value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
                cell.setCellStyle(inert);
            }
        }
    }

    /**
     * An amount as a number cell. The workbook format stores numbers as doubles; a scale-2 amount
     * converts to the double whose shortest decimal form is exactly that amount, so nothing is lost.
     */
    void amount(Row row, int column, BigDecimal value, boolean emphasised) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(emphasised ? boldAmount : amount);
        }
    }

    void integer(Row row, int column, Integer value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(integer);
        }
    }
}
