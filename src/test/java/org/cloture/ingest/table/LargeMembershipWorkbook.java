package org.cloture.ingest.table;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a membership register of any size with POI's streaming writer (only a window of rows in memory),
 * for measuring the reader by hand:
 * {@code java -cp … org.cloture.ingest.table.LargeMembershipWorkbook target/adherents-200000.xlsx 200000}.
 */
public final class LargeMembershipWorkbook {

    private static final String[] HEADERS = {"N° adhérent", "Nom", "Prénom", "Type", "Code postal", "Pays",
            "Date d'adhésion", "Cotisation", "Date de paiement", "Mode de paiement", "Email", "Téléphone", "Adresse"};
    private static final String[] METHODS = {"chèque", "virement", "espèces", "CB", "HelloAsso"};

    private LargeMembershipWorkbook() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "target/adherents-200000.xlsx");
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        write(file, rows);
        System.out.printf("%s: %,d rows, %,d bytes%n", file, rows, Files.size(file));
    }

    public static Path write(Path file, int rows) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            workbook.setCompressTempFiles(true);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle euro = workbook.createCellStyle();
            euro.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00\\ \"€\""));
            Sheet sheet = workbook.createSheet("Adhérents");
            sheet.createRow(0).createCell(0).setCellValue("Registre des adhérents " + rows);
            Row header = sheet.createRow(2);
            for (int c = 0; c < HEADERS.length; c++) {
                header.createCell(c).setCellValue(HEADERS[c]);
            }
            LocalDate start = LocalDate.of(2015, 1, 1);
            for (int i = 0; i < rows; i++) {
                Row row = sheet.createRow(i + 3);
                row.createCell(0).setCellValue(String.format("A%06d", i + 1));
                row.createCell(1).setCellValue("Nom" + (i % 9973));
                row.createCell(2).setCellValue("Prénom" + (i % 613));
                row.createCell(3).setCellValue(i % 7 == 0 ? "PM" : "PP");
                row.createCell(4).setCellValue(String.format("%05d", 1000 + (i * 37) % 94000));
                row.createCell(5).setCellValue("France");
                var joined = row.createCell(6);
                joined.setCellValue(start.plusDays(i % 3000));
                joined.setCellStyle(date);
                var fee = row.createCell(7);
                fee.setCellValue((i % 50) * 2.5 + 10);
                fee.setCellStyle(euro);
                var paid = row.createCell(8);
                paid.setCellValue(LocalDate.of(2023, 1, 1).plusDays(i % 365));
                paid.setCellStyle(date);
                row.createCell(9).setCellValue(METHODS[i % METHODS.length]);
                row.createCell(10).setCellValue("adherent" + i + "@example.org");
                row.createCell(11).setCellValue("06 12 34 " + String.format("%02d %02d", i % 100, (i / 100) % 100));
                row.createCell(12).setCellValue((i % 200) + " rue de la République");
            }
            workbook.write(out);
        }
        return file;
    }
}
