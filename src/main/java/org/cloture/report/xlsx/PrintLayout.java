package org.cloture.report.xlsx;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How a sheet prints: on A4, landscape when it is wider than a portrait page, scaled to one page wide, the
 * header row repeated on every page, a footer naming the association, the year, the sheet and the page,
 * and a print area that stops at the last written cell. Auditors print these workbooks and annotate them.
 */
final class PrintLayout {

    /** Characters of the default font that fit across a portrait A4 page between narrow margins. */
    private static final int PORTRAIT_WIDTH = 100;
    /** A sheet this short prints on one page, a little smaller, rather than spill a few rows onto a second. */
    private static final int ONE_PAGE_ROWS = 70;

    /** The association and the year that every printed page names. */
    record Footer(String associationName, int year) {
    }

    private PrintLayout() {
    }

    static void apply(Workbook workbook, SheetColumns columns, Footer footer) {
        Sheet sheet = columns.sheet();
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(columns.printedWidth() > PORTRAIT_WIDTH);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        setup.setFitWidth((short) 1);
        // 0: as many pages down as the rows need.
        setup.setFitHeight((short) (sheet.getLastRowNum() < ONE_PAGE_ROWS ? 1 : 0));
        sheet.setMargin(PageMargin.LEFT, 0.4);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
        sheet.setMargin(PageMargin.TOP, 0.5);
        sheet.setMargin(PageMargin.BOTTOM, 0.6);
        sheet.setMargin(PageMargin.FOOTER, 0.25);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        if (footer != null) {
            sheet.getFooter().setLeft(escaped(footer.associationName()) + " — " + footer.year());
        }
        sheet.getFooter().setCenter("&A");
        sheet.getFooter().setRight("page &P / &N");
        workbook.setPrintArea(workbook.getSheetIndex(sheet), 0, columns.lastPrinted(), 0,
                Math.max(sheet.getLastRowNum(), 0));
    }

    /** An ampersand starts a code in a header or footer ({@code &P}, {@code &A}): a name's own is doubled. */
    static String escaped(String text) {
        return text == null ? "" : text.replace("&", "&&");
    }
}
