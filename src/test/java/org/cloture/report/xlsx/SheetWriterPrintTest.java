package org.cloture.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Column widths, wrapping and print setup, on a workbook built in memory. */
class SheetWriterPrintTest {

    @Test
    void anAmpersandInTheAssociationsNameIsPrintedNotReadAsAFooterCode() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            SheetWriter writer = new SheetWriter(workbook, new PrintLayout.Footer("Arts & Lettres", 2025));
            writer.sheet("Feuille", List.of("Poste", "Montant"), 40, 16);
            writer.finish();
            assertThat(workbook.getSheetAt(0).getFooter().getLeft()).isEqualTo("Arts && Lettres — 2025");
        }
    }

    @Test
    void columnsFitTheirContentWithinTheirMaximumAndLongTextWrapsOnATallerRow() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            SheetWriter writer = new SheetWriter(workbook, new PrintLayout.Footer("A", 2025));
            Sheet sheet = writer.sheet("Feuille", List.of("Message", "Montant", "Code"), 40, 16, 20);
            writer.internalColumn(sheet, 2);
            Row shortRow = sheet.createRow(1);
            writer.inputText(shortRow, 0, "court");
            writer.amount(shortRow, 1, new BigDecimal("12.50"), false);
            Row longRow = sheet.createRow(2);
            writer.inputText(longRow, 0, "=" + "x".repeat(99));
            writer.finish();

            assertThat(sheet.getColumnWidth(0)).isEqualTo((40 + 3) * 256);
            assertThat(sheet.getColumnWidth(1)).isEqualTo((14 + 3) * 256);
            assertThat(sheet.isColumnHidden(2)).isTrue();
            assertThat(longRow.getCell(0).getCellStyle().getWrapText()).isTrue();
            assertThat(longRow.getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(longRow.getHeightInPoints()).isGreaterThanOrEqualTo(3 * 15f);
            assertThat(shortRow.getCell(0).getCellStyle().getWrapText()).isFalse();
            // The hidden code column is outside the print area; the sheet fits a portrait page.
            assertThat(workbook.getPrintArea(0)).isEqualTo("Feuille!$A$1:$B$3");
            assertThat(sheet.getPrintSetup().getLandscape()).isFalse();
        }
    }

    @Test
    void aTextTakesOneLinePerWidthAndPerLineBreak() {
        assertThat(SheetWriter.linesOf("abc", 10)).isEqualTo(1);
        assertThat(SheetWriter.linesOf("a".repeat(21), 10)).isEqualTo(3);
        assertThat(SheetWriter.linesOf("ab\ncd", 10)).isEqualTo(2);
    }
}
