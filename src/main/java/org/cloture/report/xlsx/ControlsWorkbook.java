package org.cloture.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.cloture.ingest.RejectedRow;
import org.cloture.report.ReportModel;
import org.cloture.source.CheckFamily;
import org.cloture.source.Finding;
import org.cloture.source.Severity;
import org.cloture.source.SourceLocation;

/**
 * {@code controles-<year>.xlsx}: one row per finding (what, where, what to do), the rejected rows with
 * their raw text, and the files that were read.
 */
public final class ControlsWorkbook {

    private ControlsWorkbook() {
    }

    public static void write(ReportModel model, OutputStream output) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            WorkbookProperties.stamp(workbook, model);
            SheetWriter writer = new SheetWriter(workbook, StatementsWorkbook.footer(model));
            findings(writer, model.findings());
            rejected(writer, model.rejectedRows());
            files(writer, model.files());
            writer.finish();
            workbook.write(output);
        }
    }

    /** A summary of every family, then one sheet per family with its findings (all of it in "Contrôles"). */
    private static void findings(SheetWriter writer, List<Finding> findings) {
        summary(writer, findings);
        findingsSheet(writer, "Contrôles", findings);
        for (CheckFamily family : CheckFamily.values()) {
            List<Finding> ofFamily = findings.stream().filter(finding -> finding.check().family() == family).toList();
            if (!ofFamily.isEmpty()) {
                findingsSheet(writer, family.frenchLabel(), ofFamily);
            }
        }
    }

    private static void summary(SheetWriter writer, List<Finding> findings) {
        Sheet sheet = writer.sheet("Synthèse", List.of("Famille de contrôles", "Bloquants", "Avertissements",
                "Informations"), 34, 14, 16, 14);
        int index = 1;
        for (CheckFamily family : CheckFamily.values()) {
            Row row = sheet.createRow(index++);
            writer.label(row, 0, family.frenchLabel(), false);
            for (Severity severity : Severity.values()) {
                writer.integer(row, 1 + severity.ordinal(), (int) findings.stream()
                        .filter(finding -> finding.check().family() == family && finding.severity() == severity)
                        .count());
            }
        }
    }

    /**
     * Where first, so that a treasurer finds the cell (file, sheet, row, column, value), then what and what to
     * do; the check's identifier, for programs, last.
     */
    private static void findingsSheet(SheetWriter writer, String name, List<Finding> findings) {
        Sheet sheet = writer.sheet(name, List.of("Gravité", "Fichier", "Feuille", "Ligne", "Colonne", "Valeur",
                "Message", "Que faire", "Autres lignes concernées", "Contrôle"), 14, 30, 16, 7, 18, 24, 60, 50, 40, 28);
        int index = 1;
        for (Finding finding : findings) {
            Row row = sheet.createRow(index++);
            SourceLocation location = finding.location();
            writer.label(row, 0, finding.severity().frenchLabel(), finding.isBlocking());
            if (location != null) {
                writer.inputText(row, 1, location.file());
                writer.inputText(row, 2, location.sheet());
                writer.integer(row, 3, location.row());
                writer.inputText(row, 4, location.column());
            }
            writer.inputText(row, 5, finding.value());
            writer.inputText(row, 6, finding.message());
            writer.label(row, 7, finding.hint(), false);
            writer.inputText(row, 8, relatedRows(finding));
            writer.label(row, 9, finding.check().name(), false);
        }
        FindingsTable.filterAndColour(sheet, 10, index - 1);
    }

    /** A spreadsheet cell holds 32 767 characters: past this many rows the cell says how many more. */
    static final int MAX_RELATED_ROWS_IN_CELL = 200;

    /** The other rows behind a finding, {@code file:sheet:row} separated by semicolons; null when none. */
    static String relatedRows(Finding finding) {
        List<SourceLocation> rows = finding.sources();
        if (rows.size() <= 1) {
            return null;
        }
        List<SourceLocation> others = rows.subList(1, rows.size());
        StringBuilder text = new StringBuilder();
        others.stream().limit(MAX_RELATED_ROWS_IN_CELL).forEach(location -> {
            if (!text.isEmpty()) {
                text.append(" ; ");
            }
            text.append(new SourceLocation(location.file(), location.sheet(), location.row(), null));
        });
        if (others.size() > MAX_RELATED_ROWS_IN_CELL) {
            text.append(" ; … et ").append(others.size() - MAX_RELATED_ROWS_IN_CELL).append(" autres lignes");
        }
        return text.toString();
    }

    private static void rejected(SheetWriter writer, List<RejectedRow> rows) {
        Sheet sheet = writer.sheet("Lignes rejetées", List.of("Fichier", "Feuille", "Ligne", "Motif", "Contenu brut"),
                30, 16, 7, 50, 70);
        int index = 1;
        for (RejectedRow rejected : rows) {
            Row row = sheet.createRow(index++);
            writer.inputText(row, 0, rejected.location().file());
            writer.inputText(row, 1, rejected.location().sheet());
            writer.integer(row, 2, rejected.location().row());
            writer.inputText(row, 3, rejected.reason());
            writer.inputText(row, 4, rejected.rawText());
        }
        FindingsTable.filter(sheet, 5, index - 1);
    }

    private static void files(SheetWriter writer, List<ReportModel.FileSummary> files) {
        Sheet sheet = writer.sheet("Fichiers lus", List.of("Fichier", "Sources reconnues", "Lignes lues", "Chargées",
                "Rejetées", "Empreinte SHA-256"), 40, 30, 12, 12, 12, 70);
        int index = 1;
        for (ReportModel.FileSummary file : files) {
            Row row = sheet.createRow(index++);
            writer.inputText(row, 0, file.path());
            writer.label(row, 1, file.kinds(), false);
            writer.integer(row, 2, file.rowsRead());
            writer.integer(row, 3, file.rowsLoaded());
            writer.integer(row, 4, file.rowsRejected());
            writer.label(row, 5, file.sha256(), false);
        }
    }
}
