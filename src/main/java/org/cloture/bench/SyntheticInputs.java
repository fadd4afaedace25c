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

    /**
     * A FEC of about {@code lines} lines shaped like an association's year: à-nouveaux (journal AN) on
     * classes 1 to 5, then invoices from suppliers and to users with auxiliary accounts, their payments,
     * salaries, grants, a few fixed-asset purchases and, at year end, depreciation and dedicated funds.
     * Every entry balances.
     */
    static void ledgerFec(Path file, int lines) throws IOException {
        SplittableRandom random = new SplittableRandom(2023);
        DateTimeFormatter format = DateTimeFormatter.BASIC_ISO_DATE;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(FEC_HEADER);
            out.write("\r\n");
            String first = "20230101";
            String[][] opening = {{"102000", "Fonds propres", "", "0,00", "150000,00"},
                    {"110000", "Report à nouveau", "", "0,00", "71622,73"},
                    {"120000", "Résultat de l'exercice", "", "0,00", "3186,42"},
                    {"194000", "Fonds dédiés sur subventions", "", "0,00", "18000,00"},
                    {"218300", "Matériel informatique", "", "111400,00", "0,00"},
                    {"281830", "Amortissements matériel informatique", "", "0,00", "8300,00"},
                    {"275000", "Dépôts et cautionnements", "", "1662,36", "0,00"},
                    {"411000", "Usagers", "U0001", "2500,00", "0,00"},
                    {"401000", "Fournisseurs", "F0001", "0,00", "9588,18"},
                    {"431000", "Sécurité sociale", "", "0,00", "3388,00"},
                    {"441000", "Subventions à recevoir", "", "16000,00", "0,00"},
                    {"512100", "Banque", "", "132522,97", "0,00"}};
            for (String[] line : opening) {
                out.write(fecLine("AN", "AN1", first, line[0], line[1], line[2], line[3], line[4]));
            }
            int written = opening.length;
            for (int entry = 1; written < lines; entry++) {
                String date = LocalDate.of(2023, 1, 1).plusDays(entry % 365).format(format);
                long cents = 100 + random.nextLong(300_000);
                String amount = cents / 100 + "," + String.format("%02d", cents % 100);
                String number = Integer.toString(entry);
                String supplier = String.format("F%04d", 1 + random.nextInt(800));
                String user = String.format("U%04d", 1 + random.nextInt(2000));
                String[] expense = EXPENSES[random.nextInt(EXPENSES.length)];
                String[] income = INCOMES[random.nextInt(INCOMES.length)];
                String[][] pair = switch (entry % 8) {
                    case 0, 1 -> new String[][] {{"HA", expense[0], expense[1], "", amount, "0,00"},
                            {"HA", "401000", "Fournisseurs", supplier, "0,00", amount}};
                    case 2 -> new String[][] {{"BQ", "401000", "Fournisseurs", supplier, amount, "0,00"},
                            {"BQ", "512100", "Banque", "", "0,00", amount}};
                    case 3, 4 -> new String[][] {{"VT", "411000", "Usagers", user, amount, "0,00"},
                            {"VT", income[0], income[1], "", "0,00", amount}};
                    case 5 -> new String[][] {{"BQ", "512100", "Banque", "", amount, "0,00"},
                            {"BQ", "411000", "Usagers", user, "0,00", amount}};
                    case 6 -> new String[][] {{"OD", "641100", "Salaires", "", amount, "0,00"},
                            {"OD", "421000", "Personnel - rémunérations dues", "", "0,00", amount}};
                    default -> entry % 800 == 7
                            ? new String[][] {{"HA", "218300", "Matériel informatique", "", amount, "0,00"},
                                    {"HA", "404000", "Fournisseurs d'immobilisations", "", "0,00", amount}}
                            : new String[][] {{"BQ", "421000", "Personnel - rémunérations dues", "", amount, "0,00"},
                                    {"BQ", "512100", "Banque", "", "0,00", amount}};
                };
                for (String[] line : pair) {
                    out.write(fecLine(line[0], line[0] + number, date, line[1], line[2], line[3], line[4], line[5]));
                }
                written += 2;
            }
            String last = "20231231";
            out.write(fecLine("OD", "ODFIN1", last, "681100", "Dotations aux amortissements", "", "19526,81", "0,00"));
            out.write(fecLine("OD", "ODFIN1", last, "281830", "Amortissements matériel informatique", "", "0,00",
                    "19526,81"));
            out.write(fecLine("OD", "ODFIN2", last, "194000", "Fonds dédiés sur subventions", "", "18000,00", "0,00"));
            out.write(fecLine("OD", "ODFIN2", last, "789400", "Utilisations des fonds dédiés", "", "0,00", "18000,00"));
            out.write(fecLine("OD", "ODFIN3", last, "689400", "Reports en fonds dédiés", "", "8000,00", "0,00"));
            out.write(fecLine("OD", "ODFIN3", last, "194000", "Fonds dédiés sur subventions", "", "0,00", "8000,00"));
        }
    }

    private static String fecLine(String journal, String entry, String date, String account, String label,
                                  String auxiliary, String debit, String credit) {
        String auxiliaryLabel = auxiliary.isEmpty() ? "" : (auxiliary.startsWith("F") ? "Fournisseur " : "Usager ")
                + auxiliary.substring(1);
        return journal + "\t" + journal + "\t" + entry + "\t" + date + "\t" + account + "\t" + label + "\t"
                + auxiliary + "\t" + auxiliaryLabel + "\tP" + entry + "\t" + date + "\tÉcriture " + entry + "\t"
                + debit + "\t" + credit + "\t\t\t" + date + "\t\t\r\n";
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
