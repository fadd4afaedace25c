package org.cloture.report.xlsx;

import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.cloture.report.ReportModel;

/** Document properties taken from the data, not the clock, so that the same inputs give the same workbook. */
final class WorkbookProperties {

    private WorkbookProperties() {
    }

    static void stamp(SXSSFWorkbook workbook, ReportModel model) {
        stamp(workbook, model.associationName() + " — " + model.year(), model.fiscalYearEnd());
    }

    static void stamp(SXSSFWorkbook workbook, String title, java.time.LocalDate fiscalYearEnd) {
        POIXMLProperties.CoreProperties core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        Date date = Date.from(fiscalYearEnd.atStartOfDay().toInstant(ZoneOffset.UTC));
        core.setCreated(Optional.of(date));
        core.setModified(Optional.of(date));
        core.setCreator("Clôture");
        core.setTitle(title);
    }
}
