package org.cloture.report.xlsx;

import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.cloture.source.Severity;

/**
 * A findings sheet as a table to work through: a filter on the header row (by file, by severity…) and the
 * severity column coloured by rule, so that a sorted or filtered copy keeps its colours right.
 */
final class FindingsTable {

    private FindingsTable() {
    }

    /**
     * @param columns the number of columns of the table
     * @param lastRow the last row written (0 when only the header is)
     */
    static void filterAndColour(Sheet sheet, int columns, int lastRow) {
        filter(sheet, columns, lastRow);
        if (lastRow < 1) {
            return;
        }
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        CellRangeAddress[] severityColumn = {new CellRangeAddress(1, lastRow, 0, 0)};
        formatting.addConditionalFormatting(severityColumn, new ConditionalFormattingRule[] {
                rule(formatting, Severity.ERROR, IndexedColors.ROSE),
                rule(formatting, Severity.WARNING, IndexedColors.LIGHT_ORANGE),
                rule(formatting, Severity.INFO, IndexedColors.PALE_BLUE)});
    }

    static void filter(Sheet sheet, int columns, int lastRow) {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(lastRow, 0), 0, columns - 1));
    }

    private static ConditionalFormattingRule rule(SheetConditionalFormatting formatting, Severity severity,
            IndexedColors colour) {
        ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(
                org.apache.poi.ss.usermodel.ComparisonOperator.EQUAL, "\"" + severity.frenchLabel() + "\"");
        PatternFormatting fill = rule.createPatternFormatting();
        fill.setFillBackgroundColor(colour.getIndex());
        fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        return rule;
    }
}
