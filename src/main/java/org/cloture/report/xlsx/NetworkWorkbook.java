package org.cloture.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.cloture.figures.NetworkFigures;

/**
 * {@code reseau-<year>.xlsx}: a federation's network tables on their own ("Réseau", the same sheet as in
 * the federation's statements workbook) and the blocking findings of the members to correct ("À corriger").
 */
public final class NetworkWorkbook {

    private NetworkWorkbook() {
    }

    public static void write(String federation, LocalDate fiscalYearEnd, NetworkFigures network, OutputStream output)
            throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            WorkbookProperties.stamp(workbook, federation + " — réseau " + network.year(), fiscalYearEnd);
            SheetWriter writer = new SheetWriter(workbook);
            NetworkSheet.network(writer, network);
            NetworkSheet.toCorrect(writer, network);
            workbook.write(output);
        }
    }
}
