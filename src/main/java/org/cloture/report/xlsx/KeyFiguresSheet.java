package org.cloture.report.xlsx;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.cloture.figures.FigureChange;
import org.cloture.figures.KeyFigures;
import org.cloture.report.ReportModel;

/**
 * Sheet "Chiffres clés": each headline figure of the year beside the previous year's and the change, as numbers.
 * A figure whose source was not read is an empty cell with a note saying why — never a zero.
 */
final class KeyFiguresSheet {

    private static final Set<String> AMOUNTS = Set.of("volunteerValuation", "totalIncome", "totalExpenses");
    private static final Set<String> DECIMALS = Set.of("volunteerHours", "volunteerFte", "staffFte");

    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("members", "Adhérents"),
            Map.entry("legalPersons", "Personnes morales"), Map.entry("naturalPersons", "Personnes physiques"),
            Map.entry("newMembers", "Nouveaux adhérents"), Map.entry("leavers", "Départs"),
            Map.entry("volunteers", "Bénévoles"), Map.entry("volunteerHours", "Heures de bénévolat"),
            Map.entry("volunteerFte", "Bénévolat en équivalents temps plein"),
            Map.entry("volunteerValuation", "Valorisation du bénévolat"),
            Map.entry("staffFte", "Salariés (équivalents temps plein)"), Map.entry("actions", "Actions menées"),
            Map.entry("participants", "Participants aux actions"),
            Map.entry("generalAssemblies", "Assemblées générales"),
            Map.entry("boardMeetings", "Conseils d'administration"), Map.entry("bureauMeetings", "Réunions de bureau"),
            Map.entry("totalIncome", "Total des produits"), Map.entry("totalExpenses", "Total des charges"));

    private KeyFiguresSheet() {
    }

    static void write(SheetWriter writer, ReportModel model) {
        KeyFigures now = model.keyFigures();
        if (now == null) {
            return;
        }
        KeyFigures before = model.previousKeyFigures();
        Sheet sheet = writer.sheet("Chiffres clés", List.of("Chiffre", Integer.toString(model.year()),
                Integer.toString(model.year() - 1), "Évolution (%)"), 40, 16, 16, 14);
        Styles styles = new Styles(sheet.getWorkbook());
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        int index = 1;
        Map<String, Number> previous = before == null ? Map.of() : before.headline();
        for (Map.Entry<String, Number> figure : now.headline().entrySet()) {
            Row row = sheet.createRow(index++);
            writer.label(row, 0, LABELS.getOrDefault(figure.getKey(), figure.getKey()), false);
            value(row, 1, figure.getKey(), figure.getValue(), now.unavailableReason(figure.getKey()), styles, drawing);
            if (before != null) {
                value(row, 2, figure.getKey(), previous.get(figure.getKey()),
                        before.unavailableReason(figure.getKey()), styles, drawing);
            }
            BigDecimal change = FigureChange.percent(figure.getValue(), previous.get(figure.getKey()));
            if (change != null) {
                Cell cell = row.createCell(3);
                cell.setCellValue(change.doubleValue());
                cell.setCellStyle(styles.percent);
            }
        }
    }

    /** The figure as a number, or an empty cell whose note gives the reason it is unknown. */
    private static void value(Row row, int column, String figure, Number value, Optional<String> unavailable,
                              Styles styles, Drawing<?> drawing) {
        Cell cell = row.createCell(column);
        if (value == null) {
            String reason = unavailable.orElse("non renseigné");
            CreationHelper helper = row.getSheet().getWorkbook().getCreationHelper();
            ClientAnchor anchor = helper.createClientAnchor();
            anchor.setCol1(column);
            anchor.setCol2(column + 3);
            anchor.setRow1(row.getRowNum());
            anchor.setRow2(row.getRowNum() + 3);
            Comment note = drawing.createCellComment(anchor);
            note.setString(helper.createRichTextString("Non disponible : " + reason));
            note.setAuthor("Clôture");
            cell.setCellComment(note);
            return;
        }
        cell.setCellValue(new BigDecimal(value.toString()).doubleValue());
        cell.setCellStyle(AMOUNTS.contains(figure) ? styles.amount : DECIMALS.contains(figure) ? styles.decimal
                : styles.integer);
    }

    /** The number formats of the sheet (Excel shows them the French way on a French system). */
    private static final class Styles {
        private final CellStyle amount;
        private final CellStyle decimal;
        private final CellStyle integer;
        private final CellStyle percent;

        Styles(Workbook workbook) {
            amount = style(workbook, SheetWriter.AMOUNT_FORMAT);
            decimal = style(workbook, "#,##0.0#");
            integer = style(workbook, "#,##0");
            percent = style(workbook, "+0.0\\ \"%\";\\-0.0\\ \"%\";0.0\\ \"%\"");
        }

        private static CellStyle style(Workbook workbook, String format) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            return style;
        }
    }
}
