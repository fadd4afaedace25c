package org.cloture.ingest.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.cloture.ingest.table.Workbooks.workbook;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

import org.cloture.activity.Activity;
import org.cloture.activity.ActivityCategory;
import org.cloture.membership.Member;
import org.cloture.membership.MemberKind;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;
import org.cloture.volunteering.VolunteerEntry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same registers read from every spreadsheet container: .xlsx, .xls and .ods. */
class SpreadsheetFormatsTest {

    private static final Object[] MEMBER_HEADERS = {"N° adhérent", "Nom", "Type", "Date d'adhésion", "Cotisation"};

    @TempDir
    Path dir;

    private final RegisterReader reader = new RegisterReader();

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls", "ods"})
    void readsRegistersDatesTimesAmountsAndSkipsHiddenSheets(String extension) throws IOException {
        String name = "registres." + extension;
        Path file = workbook()
                .sheet("Adhérents",
                        new Object[] {"Registre 2023"},
                        null,
                        MEMBER_HEADERS,
                        new Object[] {"A001", "Durand", "PP", LocalDate.of(2019, 3, 15), 30.5},
                        new Object[] {"A002", "Petit", "PM", "15/01/2023", "douze"},
                        new Object[] {"Total", null, null, null, 30.5})
                .sheet("Bénévolat",
                        new Object[] {"Bénévole", "Date", "Heures"},
                        new Object[] {"Marie Durand", LocalDate.of(2023, 3, 15), LocalTime.of(3, 30)},
                        new Object[] {"Paul Martin", "mars 2023", 2.5})
                .hiddenSheet("Brouillon", new Object[] {"N° adhérent", "Nom", "Type", "Date d'adhésion"},
                        new Object[] {"Z9", "Caché", "PP", "01/01/2020"})
                .writeTo(dir.resolve(name));

        RegisterReadResult result = reader.read(file, name, Map.of());

        assertThat(result.sheets()).extracting(SheetResult::kind, SheetResult::sheet, SheetResult::headerRow,
                        SheetResult::rowsRead, SheetResult::loaded)
                .containsExactly(tuple(SourceKind.MEMBERS, "Adhérents", 3, 2, 2),
                        tuple(SourceKind.VOLUNTEERING, "Bénévolat", 1, 2, 2));
        assertThat(result.members()).extracting(Member::memberId, Member::kind, Member::joined, Member::fee)
                .containsExactly(tuple("A001", MemberKind.NATURAL_PERSON, LocalDate.of(2019, 3, 15), new BigDecimal("30.50")),
                        tuple("A002", MemberKind.LEGAL_PERSON, LocalDate.of(2023, 1, 15), null));
        assertThat(result.volunteerEntries()).extracting(VolunteerEntry::hours)
                .containsExactly(new BigDecimal("3.5000"), new BigDecimal("2.5000"));
        assertThat(result.findings()).extracting(Finding::check, Finding::location).containsExactly(
                tuple(CheckId.INVALID_AMOUNT, new SourceLocation(name, "Adhérents", 5, "Cotisation")),
                tuple(CheckId.SHEET_HIDDEN, new SourceLocation(name, "Brouillon", null, null)));
        assertThat(result.findings().get(1).message()).isEqualTo("Feuille masquée ignorée : Brouillon");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls", "ods"})
    void aValueMergedOverSeveralRowsHoldsForEachOfThem(String extension) throws IOException {
        String name = "actions." + extension;
        Path file = workbook()
                .sheet("Actions",
                        new Object[] {"Journal des actions 2023"},
                        new Object[] {"Date", "Intitulé", "Catégorie", "Participants"},
                        new Object[] {LocalDate.of(2023, 5, 23), "Accueil", "AG", 40},
                        new Object[] {null, "Rapport moral", null, 42},
                        new Object[] {null, "Élection du CA", null, 38},
                        new Object[] {LocalDate.of(2023, 6, 12), "Visite du musée", "visite", 12})
                .merge("Actions", "A1:D1")   // a title over the columns: stays a title
                .merge("Actions", "A3:A5")   // one date for the three items of the AG
                .merge("Actions", "C3:C5")   // one category for them
                .writeTo(dir.resolve(name));

        RegisterReadResult result = reader.read(file, name, Map.of());

        assertThat(result.findings()).isEmpty();
        assertThat(result.sheets()).singleElement().satisfies(s -> {
            assertThat(s.headerRow()).isEqualTo(2);
            assertThat(s.rowsRead()).isEqualTo(4);
        });
        assertThat(result.activities()).extracting(Activity::title, Activity::date, Activity::category,
                        a -> a.location().row())
                .containsExactly(tuple("Accueil", LocalDate.of(2023, 5, 23), ActivityCategory.AG, 3),
                        tuple("Rapport moral", LocalDate.of(2023, 5, 23), ActivityCategory.AG, 4),
                        tuple("Élection du CA", LocalDate.of(2023, 5, 23), ActivityCategory.AG, 5),
                        tuple("Visite du musée", LocalDate.of(2023, 6, 12), ActivityCategory.VISITE, 6));
    }

    // Not for .ods: SODS, which writes the fixtures, copies a merged value into every covered cell, where
    // LibreOffice writes empty covered cells; the reading of real .ods merges is left untested here.
    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void aHeaderCellMergedOverTwoRowsOrTwoColumnsIsStillRecognised(String extension) throws IOException {
        String name = "adh." + extension;
        Path file = workbook()
                .sheet("Registre",
                        new Object[] {"N° adhérent", "Nom", null, "Type", "Date d'adhésion"},
                        new Object[] {null, null, null, null, null},
                        new Object[] {"A001", "Durand", "Marie", "PP", LocalDate.of(2019, 3, 15)},
                        new Object[] {"A002", "Petit", "Luc", "PP", "sans date"})
                .merge("Registre", "A1:A2")  // headers drawn over two rows
                .merge("Registre", "B1:C1")  // « Nom » over the name and first name columns
                .merge("Registre", "D1:D2")
                .merge("Registre", "E1:E2")
                .writeTo(dir.resolve(name));

        RegisterReadResult result = reader.read(file, name, Map.of());

        assertThat(result.sheets()).singleElement().satisfies(s -> {
            assertThat(s.headerRow()).isEqualTo(1);
            assertThat(s.rowsRead()).isEqualTo(2);
            assertThat(s.loaded()).isEqualTo(1);
        });
        assertThat(result.members()).extracting(Member::memberId, Member::name).containsExactly(tuple("A001", "Durand"));
        assertThat(result.findings()).extracting(Finding::check, Finding::location).containsExactly(
                tuple(CheckId.INVALID_DATE, new SourceLocation(name, "Registre", 4, "Date d'adhésion")));
    }

    @Test
    void anXlsxRenamedXlsIsReadForWhatItIs() throws IOException {
        Path xlsx = workbook().sheet("Feuil1", MEMBER_HEADERS,
                new Object[] {"A001", "Durand", "PP", LocalDate.of(2019, 3, 15), 30.0}).writeTo(dir.resolve("a.xlsx"));
        Path file = Files.copy(xlsx, dir.resolve("adherents.xls"));

        RegisterReadResult result = reader.read(file, "adherents.xls", Map.of());

        assertThat(result.findings()).isEmpty();
        assertThat(result.members()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"xls", "ods"})
    void garbageUnderASpreadsheetNameIsOneUnreadableFinding(String extension) throws IOException {
        String name = "adherents." + extension;
        Path file = Files.write(dir.resolve(name), new byte[] {0x13, 0x37, 0x42, 0x00, 0x7f, 0x01, 0x02, 0x03, 4, 5, 6});

        RegisterReadResult result = reader.read(file, name, Map.of());

        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(CheckId.FILE_UNREADABLE);
            assertThat(f.location()).isEqualTo(SourceLocation.ofFile(name));
            assertThat(f.message()).isEqualTo("Fichier illisible : ce n'est pas un classeur ." + extension);
        });
    }

    @Test
    void aPasswordProtectedXlsSaysSo() throws Exception {
        Path plain = workbook().sheet("Feuil1", MEMBER_HEADERS,
                new Object[] {"A001", "Durand", "PP", LocalDate.of(2019, 3, 15), 30.0}).writeTo(dir.resolve("a.xls"));
        Path file = dir.resolve("protege.xls");
        org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword("secret");
        try (var workbook = new org.apache.poi.hssf.usermodel.HSSFWorkbook(Files.newInputStream(plain));
             var out = Files.newOutputStream(file)) {
            workbook.writeProtectWorkbook("secret", "moi");
            workbook.write(out);
        } finally {
            org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword(null);
        }

        RegisterReadResult result = reader.read(file, "protege.xls", Map.of());

        assertThat(result.members()).isEmpty();
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.check()).isEqualTo(CheckId.FILE_UNREADABLE);
            assertThat(f.message()).isEqualTo("Fichier illisible : classeur protégé par un mot de passe");
        });
    }
}
