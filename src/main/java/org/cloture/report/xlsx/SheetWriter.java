package org.cloture.report.xlsx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes typed cells: amounts as numbers with a French-displayed currency format, counts as integers,
 * and text as inert strings. Text that came from an input file and looks like a formula
 * ({@code = + - @}) is also quote-prefixed, so that editing the cell never turns it into one.
 *
 * <p>Every sheet it creates is remembered with its columns, so that {@link #finish()} can size the
 * columns to what they hold and set each sheet up for printing ({@link PrintLayout}).
 */
final class SheetWriter {

    /** Excel displays this with the reader's locale: "1 234,56 €" on a French system, "-1 234,56 €" below zero. */
    static final String AMOUNT_FORMAT = "#,##0.00\\ \"€\";\\-#,##0.00\\ \"€\"";

    /** A column at least this wide holds sentences or lists: its text wraps instead of running over the next column. */
    private static final int WRAPPING_WIDTH = 24;
    /** The height of one line of the default font, in points. */
    private static final float LINE_HEIGHT = 15f;

    private final Workbook workbook;
    private final PrintLayout.Footer footer;
    private final List<SheetColumns> sheets = new ArrayList<>();
    private final CellStyle header;
    private final CellStyle amount;
    private final CellStyle boldAmount;
    private final CellStyle bold;
    private final CellStyle boldWrapped;
    private final CellStyle inert;
    private final CellStyle inertWrapped;
    private final CellStyle wrapped;
    private final CellStyle integer;
    private final CellStyle plain;
    private final CellStyle percent;
    private final CellStyle boldPercent;

    SheetWriter(Workbook workbook) {
        this(workbook, null);
    }

    /** @param footer what the printed pages' footer names (association and year); null for none */
    SheetWriter(Workbook workbook, PrintLayout.Footer footer) {
        this.workbook = workbook;
        this.footer = footer;
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        this.header = workbook.createCellStyle();
        header.setFont(boldFont);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        this.bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        this.boldWrapped = workbook.createCellStyle();
        boldWrapped.cloneStyleFrom(bold);
        topWrapped(boldWrapped);
        this.amount = workbook.createCellStyle();
        amount.setDataFormat(workbook.createDataFormat().getFormat(AMOUNT_FORMAT));
        this.boldAmount = workbook.createCellStyle();
        boldAmount.cloneStyleFrom(amount);
        boldAmount.setFont(boldFont);
        this.inert = workbook.createCellStyle();
        inert.setQuotePrefixed(true);
        this.inertWrapped = workbook.createCellStyle();
        inertWrapped.cloneStyleFrom(inert);
        topWrapped(inertWrapped);
        this.wrapped = workbook.createCellStyle();
        topWrapped(wrapped);
        this.integer = workbook.createCellStyle();
        integer.setDataFormat(workbook.createDataFormat().getFormat("0"));
        this.percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.0\\ \"%\""));
        this.boldPercent = workbook.createCellStyle();
        boldPercent.cloneStyleFrom(percent);
        boldPercent.setFont(boldFont);
        this.plain = workbook.createCellStyle();
        // A row made taller for a wrapped cell reads from its top: every cell aligns there.
        for (CellStyle style : List.of(bold, amount, boldAmount, inert, integer, plain, percent, boldPercent)) {
            style.setVerticalAlignment(VerticalAlignment.TOP);
        }
    }

    private static void topWrapped(CellStyle style) {
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
    }

    /**
     * A new sheet with its header row, frozen below the header.
     *
     * @param widths the widest each column may grow, in characters; a narrower content gives a narrower column
     */
    Sheet sheet(String name, List<String> headers, int... widths) {
        Sheet sheet = workbook.createSheet(name);
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(header);
        }
        sheet.createFreezePane(0, 1);
        sheets.add(new SheetColumns(sheet, headers, widths));
        return sheet;
    }

    /**
     * Hides a column that only programs read (an internal code): it stays in the file, last, but is neither
     * shown nor printed.
     */
    void internalColumn(Sheet sheet, int column) {
        columnsOf(sheet).internal(column);
    }

    /** Text that Clôture wrote itself (labels, codes). */
    void label(Row row, int column, String value, boolean emphasised) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            boolean wraps = wraps(row, column, value);
            if (emphasised) {
                cell.setCellStyle(wraps ? boldWrapped : bold);
            } else {
                cell.setCellStyle(wraps ? wrapped : plain);
            }
        }
    }

    /** Text that came from an input file: always a string cell, quote-prefixed when it looks like a formula. */
    void inputText(Row row, int column, String value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            boolean formulaLike = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0;
            boolean wraps = wraps(row, column, value);
            if (formulaLike) {
                cell.setCellStyle(wraps ? inertWrapped : inert);
            } else {
                cell.setCellStyle(wraps ? wrapped : plain);
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
            measure(row, column, 14);
        }
    }

    /** A percentage in points (3.5 for 3,5 %) as a number cell, never with the currency sign. */
    void percent(Row row, int column, BigDecimal value, boolean emphasised) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(emphasised ? boldPercent : percent);
            measure(row, column, 8);
        }
    }

    void integer(Row row, int column, Integer value) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(integer);
            measure(row, column, Integer.toString(value).length());
        }
    }

    /** Sizes every column and sets every sheet up for printing; call once, before writing the workbook. */
    void finish() {
        for (SheetColumns columns : sheets) {
            columns.applyWidths();
            PrintLayout.apply(workbook, columns, footer);
        }
    }

    /**
     * Whether the text must wrap in its column; if so the row is made tall enough for its lines, since a
     * spreadsheet program does not always compute the height of a row it reads (LibreOffice does not).
     */
    private boolean wraps(Row row, int column, String value) {
        SheetColumns columns = columnsOf(row.getSheet());
        measure(row, column, value.length());
        if (columns == null || columns.maximum(column) < WRAPPING_WIDTH || value.length() <= columns.maximum(column)) {
            return false;
        }
        int lines = linesOf(value, columns.maximum(column));
        row.setHeightInPoints(Math.max(row.getHeightInPoints(), lines * LINE_HEIGHT));
        return true;
    }

    /** The lines a text takes in a column of this many characters, counting its own line breaks. */
    static int linesOf(String text, int width) {
        int lines = 0;
        for (String paragraph : text.split("\\R", -1)) {
            lines += Math.max(1, (paragraph.length() + width - 1) / width);
        }
        return lines;
    }

    private void measure(Row row, int column, int length) {
        SheetColumns columns = columnsOf(row.getSheet());
        if (columns != null && row.getRowNum() > 0) {
            columns.measure(column, length);
        }
    }

    private SheetColumns columnsOf(Sheet sheet) {
        // The last sheet is nearly always the one being written: search from the end.
        for (int i = sheets.size() - 1; i >= 0; i--) {
            if (sheets.get(i).sheet() == sheet) {
                return sheets.get(i);
            }
        }
        return null;
    }
}
