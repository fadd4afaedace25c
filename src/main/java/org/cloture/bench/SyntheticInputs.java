package org.cloture.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Large, deterministic inputs for the ingestion benchmark: a balanced FEC and a membership register. */
final class SyntheticInputs {

    private static final String FEC_HEADER = "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\t"
            + "CompAuxNum\tCompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\t"
            + "ValidDate\tMontantdevise\tIdevise";
    private static final String[][] EXPENSES = {{"606300", "Fournitures"}, {"613200", "Locations"},
            {"623100", "Annonces"}, {"625100", "Déplacements"}, {"626100", "Affranchissements"}};
    private static final String[][] INCOMES = {{"756000", "Cotisations"}, {"706100", "Circuits"},
            {"754100", "Dons manuels"}, {"741200", "Subvention Région"}};

    private SyntheticInputs() {
    }

    /** A FEC of {@code lines} lines (two per entry), every entry balanced. */
    static void fec(Path file, int lines) throws IOException {
        SplittableRandom random = new SplittableRandom(42);
        DateTimeFormatter format = DateTimeFormatter.BASIC_ISO_DATE;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(FEC_HEADER);
            out.write("\r\n");
            for (int entry = 1; entry <= lines / 2; entry++) {
                String date = LocalDate.of(2023, 1, 1).plusDays(entry % 365).format(format);
                long cents = 100 + random.nextLong(500_000);
                String amount = cents / 100 + "," + String.format("%02d", cents % 100);
                boolean income = random.nextBoolean();
                String[] other = income ? INCOMES[random.nextInt(INCOMES.length)] : EXPENSES[random.nextInt(EXPENSES.length)];
                String number = "BQ" + entry;
                String common = "BQ\tBanque\t" + number + "\t" + date + "\t";
                String tail = "\t\t\tP" + entry + "\t" + date + "\tOpération " + entry + "\t";
                String bank = income ? amount + "\t0,00" : "0,00\t" + amount;
                String counter = income ? "0,00\t" + amount : amount + "\t0,00";
                out.write(common + "512100\tBanque" + tail + bank + "\t\t\t" + date + "\t\t\r\n");
                out.write(common + other[0] + "\t" + other[1] + tail + counter + "\t\t\t" + date + "\t\t\r\n");
            }
        }
    }

    /** A membership register of {@code rows} members, with a title row as staff keep it. */
    static void register(Path file, int rows) throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500); OutputStream out = Files.newOutputStream(file)) {
            workbook.setCompressTempFiles(true);
            Sheet sheet = workbook.createSheet("Adhérents");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            sheet.createRow(0).createCell(0).setCellValue("Registre des adhérents 2023");
            String[] headers = {"N° adhérent", "Nom", "Prénom", "Type", "Code postal", "Date d'adhésion", "Cotisation"};
            Row header = sheet.createRow(2);
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            for (int i = 1; i <= rows; i++) {
                Row row = sheet.createRow(i + 2);
                row.createCell(0).setCellValue("M" + i);
                row.createCell(1).setCellValue("Nom" + i);
                row.createCell(2).setCellValue("Prénom" + i);
                row.createCell(3).setCellValue(i % 4 == 0 ? "PM" : "PP");
                row.createCell(4).setCellValue(String.format("59%03d", random.nextInt(1000)));
                org.apache.poi.ss.usermodel.Cell joined = row.createCell(5);
                joined.setCellValue(LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3000)));
                joined.setCellStyle(date);
                row.createCell(6).setCellValue(10 + random.nextInt(90));
            }
            workbook.write(out);
            workbook.dispose();
        }
    }
}
