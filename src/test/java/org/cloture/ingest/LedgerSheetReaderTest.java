package org.cloture.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cloture.ingest.fec.FecLine;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-kept journal sheets and FEC columns in a workbook (fec.md §6), recognised by their headers. */
class LedgerSheetReaderTest {

    @TempDir
    Path dir;

    private final LedgerSheetReader reader = new LedgerSheetReader();

    @Test
    void journalWorkbookUnderATitleMapsToFecLines() throws Exception {
        Path file = workbook("compta.xlsx", "Journal 2023", (sheet, dateStyle) -> {
            sheet.createRow(0).createCell(0).setCellValue("Journal de l'association — 2023");
            header(sheet.createRow(2), "Date", "Journal", "Pièce", "Compte", "Libellé", "Débit", "Crédit");
            Row r4 = values(sheet.createRow(3), null, "BQ", "F12", "512000", "Cotisation", 60.0, null);
            r4.createCell(0).setCellValue(LocalDate.of(2023, 3, 15));
            r4.getCell(0).setCellStyle(dateStyle);
            values(sheet.createRow(4), 45000.0, "BQ", "F12", "756000", "Cotisation", null, "60,00");
            values(sheet.createRow(5), "16/03/2023", "CA", null, "530000", "Don", "1 234,56", null);
            values(sheet.createRow(6), "16/03/2023", "CA", null, "754100", "Don", null, "1 000,00");
            values(sheet.createRow(7), "16/03/2023", "CA", null, "754100", "Don", null, "234,56");
            values(sheet.createRow(8), "32/03/2023", "CA", null, "530000", "Erreur", "5,00", null);
        });

        assertThat(reader.accepts(file)).isTrue();
        RecordingSink sink = read(file);

        assertThat(sink.fecLines).extracting(FecLine::journalCode, FecLine::entryNum, FecLine::accountNum,
                        FecLine::debit, FecLine::credit, l -> l.location().toString())
                .containsExactly(
                        tuple("BQ", "F12", "512000", amount("60.00"), amount("0.00"), "compta.xlsx:Journal 2023:4"),
                        tuple("BQ", "F12", "756000", amount("0.00"), amount("60.00"), "compta.xlsx:Journal 2023:5"),
                        tuple("CA", "ligne 6", "530000", amount("1234.56"), amount("0.00"), "compta.xlsx:Journal 2023:6"),
                        tuple("CA", "ligne 6", "754100", amount("0.00"), amount("1000.00"), "compta.xlsx:Journal 2023:7"),
                        tuple("CA", "ligne 6", "754100", amount("0.00"), amount("234.56"), "compta.xlsx:Journal 2023:8"));
        assertThat(sink.fecLines).extracting(FecLine::entryDate).containsExactly(LocalDate.of(2023, 3, 15),
                LocalDate.of(2023, 3, 15), LocalDate.of(2023, 3, 16), LocalDate.of(2023, 3, 16), LocalDate.of(2023, 3, 16));
        assertThat(sink.fecLines.get(0).pieceRef()).isEqualTo("F12");
        assertThat(sink.fecLines.get(0).label()).isEqualTo("Cotisation");
        assertThat(sink.findings).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(CheckId.INVALID_DATE);
            assertThat(f.isBlocking()).isTrue();
            assertThat(f.location().toString()).isEqualTo("compta.xlsx:Journal 2023:9:Date");
            assertThat(f.value()).isEqualTo("32/03/2023");
        });
        assertThat(sink.rejected).extracting(r -> r.location().toString()).containsExactly("compta.xlsx:Journal 2023:9");
    }

    @Test
    void journalCsvSavedByExcelWithSemicolonsAndWindows1252() throws Exception {
        String text = "Date;Journal;Pièce;Compte;Libellé;Débit;Crédit\r\n"
                + "15/03/2023;BQ;1;512000;Dépôt;\"1 500,00\";\r\n"
                + "15/03/2023;BQ;1;756000;Dépôt;;1500\r\n";
        Path file = Files.write(dir.resolve("journal.csv"), text.getBytes(Charset.forName("windows-1252")));

        assertThat(reader.accepts(file)).isTrue();
        RecordingSink sink = read(file);

        assertThat(sink.findings).isEmpty();
        assertThat(sink.fecLines).extracting(FecLine::label, FecLine::debit, FecLine::credit, l -> l.location().toString())
                .containsExactly(tuple("Dépôt", amount("1500.00"), amount("0.00"), "journal.csv:2"),
                        tuple("Dépôt", amount("0.00"), amount("1500.00"), "journal.csv:3"));
    }

    @Test
    void fecColumnsInAWorkbookAreReadWithTheFecChecks() throws Exception {
        Path file = workbook("fec.xlsx", "FEC", (sheet, dateStyle) -> {
            header(sheet.createRow(0), "JournalCode", "JournalLib", "EcritureNum", "EcritureDate", "CompteNum",
                    "CompteLib", "CompAuxNum", "CompAuxLib", "PieceRef", "PieceDate", "EcritureLib", "Debit", "Credit",
                    "EcritureLet", "DateLet", "ValidDate", "Montantdevise", "Idevise");
            Row first = values(sheet.createRow(1), "BQ", "Banque", "BQ1", null, 512000.0, "Banque", null, null, "P1",
                    "20230314", "Don", 10.0, 0.0, null, null, "20230320");
            first.createCell(3).setCellValue(LocalDate.of(2023, 3, 15));
            first.getCell(3).setCellStyle(dateStyle);
            values(sheet.createRow(2), "BQ", "Banque", "BQ1", "20230315", "7541", "Dons", null, null, "P1",
                    "20230314", "Don", 0.0, 10.0, null, null, "20230320");
            values(sheet.createRow(3), "BQ", "Banque", "BQ2", "20230315", "AB12", "?", null, null, "P2",
                    "20230314", "Don", 0.0, 10.0, null, null, "20230320");
        });

        assertThat(reader.accepts(file)).isTrue();
        RecordingSink sink = read(file);

        assertThat(sink.fecLines).extracting(FecLine::accountNum, FecLine::entryDate, FecLine::debit,
                        l -> l.location().toString())
                .containsExactly(tuple("512000", LocalDate.of(2023, 3, 15), amount("10.00"), "fec.xlsx:FEC:2"),
                        tuple("7541", LocalDate.of(2023, 3, 15), amount("0.00"), "fec.xlsx:FEC:3"));
        assertThat(sink.findings).extracting(Finding::check, f -> f.location().toString(), Finding::value)
                .containsExactly(tuple(CheckId.FEC_INVALID_ACCOUNT, "fec.xlsx:FEC:4:CompteNum", "AB12"));
        assertThat(sink.rejected).hasSize(1);
    }

    @Test
    void registersAreLeftToTheRegisterReader() throws Exception {
        Path members = workbook("adherents.xlsx", "Adhérents", (sheet, dateStyle) -> {
            header(sheet.createRow(0), "N° adhérent", "Nom", "Type", "Date d'adhésion", "Cotisation");
            values(sheet.createRow(1), "A1", "Dupont", "PP", "01/01/2023", "20");
        });
        Path activities = Files.writeString(dir.resolve("actions.csv"),
                "Date;Intitulé;Catégorie;Recettes;Compte\n15/03/2023;Fête;événement;100;706000\n");
        Path binary = Files.write(dir.resolve("random.txt"), new byte[] {0, 1, 2, 3, (byte) 0xFF, 0, 0});

        assertThat(reader.accepts(members)).isFalse();
        assertThat(reader.accepts(activities)).isFalse();
        assertThat(reader.accepts(binary)).isFalse();
    }

    @Test
    void totalRowsUnderTheJournalAreSkippedAndAWrongGrandTotalIsReported() throws Exception {
        Path file = workbook("journal.xlsx", "Journal", (sheet, dateStyle) -> {
            header(sheet.createRow(0), "Date", "Journal", "Pièce", "Compte", "Libellé", "Débit", "Crédit");
            values(sheet.createRow(1), "15/03/2023", "BQ", "P1", "512000", "Cotisation", "60,00", null);
            values(sheet.createRow(2), "15/03/2023", "BQ", "P1", "756000", "Cotisation", null, "60,00");
            values(sheet.createRow(3), "Sous-total mars", null, null, null, null, "60,00", "60,00");
            values(sheet.createRow(4), "16/04/2023", "CA", "P2", "530000", "Don", "25,00", null);
            values(sheet.createRow(5), "16/04/2023", "CA", "P2", "754100", "Don", null, "25,00");
            values(sheet.createRow(6), "TOTAL GÉNÉRAL", null, null, null, null, "85,00", "58,00");
        });

        RecordingSink sink = read(file);

        assertThat(sink.fecLines).hasSize(4);
        assertThat(sink.rejected).isEmpty();
        assertThat(sink.findings).singleElement().satisfies(finding -> {
            assertThat(finding.check()).isEqualTo(CheckId.TOTAL_ROW_MISMATCH);
            assertThat(finding.location().toString()).isEqualTo("journal.xlsx:Journal:7:Crédit");
            assertThat(finding.message()).contains("58,00", "85,00");
        });
    }

    @Test
    void aJournalEntryDatedOutsideTheFiscalYearIsAWarningOncePerEntry() throws Exception {
        Path file = workbook("journal.xlsx", "Journal", (sheet, dateStyle) -> {
            header(sheet.createRow(0), "Date", "Journal", "Pièce", "Compte", "Libellé", "Débit", "Crédit");
            values(sheet.createRow(1), "15/03/2022", "BQ", "P1", "512000", "Cotisation", "60,00", null);
            values(sheet.createRow(2), "15/03/2022", "BQ", "P1", "756000", "Cotisation", null, "60,00");
        });

        RecordingSink sink = read(file);

        assertThat(sink.fecLines).hasSize(2);
        assertThat(sink.findings).singleElement().satisfies(finding -> {
            assertThat(finding.check()).isEqualTo(CheckId.FEC_DATE_OUTSIDE_YEAR);
            assertThat(finding.location().toString()).isEqualTo("journal.xlsx:Journal:2:Date");
            assertThat(finding.message()).contains("15/03/2022", "du 01/01/2023 au 31/12/2023");
        });
    }

    private interface SheetFiller {
        void fill(XSSFSheet sheet, CellStyle dateStyle) throws Exception;
    }

    private Path workbook(String name, String sheetName, SheetFiller filler) throws Exception {
        Path file = dir.resolve(name);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            filler.fill(workbook.createSheet(sheetName), dateStyle);
            workbook.write(out);
        }
        return file;
    }

    private static void header(Row row, String... names) {
        for (int i = 0; i < names.length; i++) {
            row.createCell(i).setCellValue(names[i]);
        }
    }

    /** Strings as text cells, doubles as number cells, nulls left empty. */
    private static Row values(Row row, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof String text) {
                row.createCell(i).setCellValue(text);
            } else if (values[i] instanceof Double number) {
                row.createCell(i).setCellValue(number);
            }
        }
        return row;
    }

    private RecordingSink read(Path file) {
        RecordingSink sink = new RecordingSink();
        reader.read(file, file.getFileName().toString(), 2023, RecordingSink.calendarYear(), sink);
        return sink;
    }

    private static BigDecimal amount(String value) {
        return new BigDecimal(value);
    }
}
